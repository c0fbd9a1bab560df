// The Chromium that Portico's benchmarks and browser tests run: Debian's where it exists (this
// project's CI), else Playwright's own, with the same flags everywhere.
import fs from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium when installed; undefined lets Playwright (or chrome-launcher) use its own. */
export const CHROMIUM_EXECUTABLE = fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Chromium 156 preloads the address bar's popup, a WebUI page, in a renderer of its own for every
  // new window, and Playwright opens a window per context. On 2 cores that renderer took a core for
  // seconds while the measured page loaded: Portico's operation page showed its title in ~210 ms
  // instead of ~150 ms and had tasks of 50-110 ms instead of none. A reader following a link has
  // had that popup since the window opened, so the benchmark leaves it out for every site it measures.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
];
