/**
 * Runs before first paint so the page never flashes the wrong theme, and marks
 * `html.js` so that CSS can tell a scripted page from a plain one.
 * The script is a constant of ours; no content reaches it.
 */
const THEME_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js');try{var t=localStorage.getItem('portico-theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t}catch(e){}})();`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
