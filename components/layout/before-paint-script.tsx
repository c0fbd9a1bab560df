/**
 * Runs in <head>, before the first paint. The script is a constant of ours; no content reaches it.
 * - Sets the theme, so the page never flashes the wrong one.
 * - Marks `html.js`, so that CSS can tell a scripted page from a plain one.
 * - Leaves the sidebar's contents and an operation's examples column out of the first frame that
 *   has the page's title (`html.nav-deferred`, app/globals.css and app/reference.css; on a page
 *   without a title, the first frame once the page is parsed) and shows them in the next. Measured
 *   in interleaved runs on 2 cores: the sidebar was half of that frame's work on a deep link into a
 *   big API (GitHub's "Get a repository": title in 144 ms instead of 168 ms, a task over 50 ms in 2
 *   runs of 15 instead of 10); the examples column then made the synthetic bench's `getResource7`
 *   frame just over 50 ms (a long task in 10 runs of 15, none of 15 with it deferred, title in 136
 *   ms instead of 152 ms). Without JavaScript the class is never set and everything paints at once.
 */
const BEFORE_PAINT_SCRIPT = `(function(){var d=document.documentElement;d.classList.add('js','nav-deferred');function n(){if(document.readyState==='loading'&&!document.querySelector('main h1'))return requestAnimationFrame(n);setTimeout(function(){d.classList.remove('nav-deferred')})}requestAnimationFrame(n);try{var t=localStorage.getItem('portico-theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}d.dataset.theme=t}catch(e){}})();`;

export function BeforePaintScript() {
  return <script dangerouslySetInnerHTML={{ __html: BEFORE_PAINT_SCRIPT }} />;
}
