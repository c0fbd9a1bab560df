/**
 * Runs in <head>, before the first paint. The script is a constant of ours; no content reaches it.
 * - Sets the theme, so the page never flashes the wrong one.
 * - Marks `html.js`, so that CSS can tell a scripted page from a plain one.
 * - Leaves the sidebar's contents out of the first frame that has the page's title
 *   (`html.nav-deferred`, app/globals.css; on a page without one, the first frame once the page is
 *   parsed) and shows them in the next. The sidebar was half of that frame's work on a deep link
 *   into a big API: on GitHub's "Get a repository" the title shows in 144 ms instead of 168 ms,
 *   and 2 runs of 15 have a task over 50 ms instead of 10 (interleaved runs, 2 cores).
 *   Without JavaScript the class is never set and the sidebar paints with the page.
 */
const BEFORE_PAINT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js','nav-deferred');function n(){if(document.readyState==='loading'&&!document.querySelector('main h1'))return requestAnimationFrame(n);setTimeout(function(){d.classList.remove('nav-deferred')})}requestAnimationFrame(n);try{var t=localStorage.getItem('portico-theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t}catch(e){}})();`;

export function BeforePaintScript() {
  return <script dangerouslySetInnerHTML={{ __html: BEFORE_PAINT_SCRIPT }} />;
}
