// The Chromium that Portico's benchmarks and browser tests run: Debian's where it exists (this
// project's CI), else Playwright's own, with the same flags everywhere.
import fs from 'node:fs';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium when installed; undefined lets Playwright (or chrome-launcher) use its own. */
export const CHROMIUM_EXECUTABLE = fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

// Playwright launches Chromium with a --disable-features list of its own (this is 1.65's), and
// Chromium keeps only the last copy of a switch, so ours repeats Playwright's before adding to it.
// e2e/chromium-flags.spec.ts fails when an upgrade of Playwright changes its list.
const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

// Chromium 156 preloads the address bar's popup, a WebUI page, in a renderer of its own for every
// new window, and Playwright opens a window per context. On 2 cores that renderer took 40-100% of
// a core while the measured page loaded: GitHub's "Get a repository" showed its title in ~200 ms
// instead of ~150 ms, and twice as many runs had a task over 50 ms. A reader following a link has
// had that popup since the window opened, so the benchmark leaves it out for every site it measures.
const ADDRESS_BAR_POPUP = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup'];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...ADDRESS_BAR_POPUP].join(',')}`,
];
