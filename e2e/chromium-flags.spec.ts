import { expect, test } from '@playwright/test';

// The browser these tests and `npm run bench` run (bench/chromium.mjs).

test("Chromium keeps Playwright's disabled features beside ours", async ({ page }) => {
  await page.goto('chrome://version');
  const commandLine = await page.locator('#command_line').textContent({ timeout: 5_000 }).catch(() => null);
  test.skip(!commandLine, 'this Chromium has no chrome://version (Playwright’s headless shell)');
  const lists = commandLine!
    .split(/\s+/)
    .filter((arg) => arg.startsWith('--disable-features='))
    .map((arg) => arg.slice('--disable-features='.length).split(','));
  expect(lists.length).toBeGreaterThan(1);
  // Chromium applies only the last copy of a switch.
  const applied = lists[lists.length - 1];
  for (const list of lists.slice(0, -1)) expect(applied).toEqual(expect.arrayContaining(list));
  expect(applied).toContain('WebUIOmniboxPopup');
});

test("a new window loads no address-bar popup beside the page", async ({ browser }) => {
  const context = await browser.newContext();
  await context.newPage();
  const session = await browser.newBrowserCDPSession();
  const { targetInfos } = await session.send('Target.getTargets');
  expect(targetInfos.map((target) => target.url).filter((url) => url.includes('omnibox'))).toEqual([]);
  await context.close();
});
