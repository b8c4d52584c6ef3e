import type { Page } from 'puppeteer-core';
import { browserNameOf } from '../harness/browsers';
import { setFirefoxColorScheme } from './daily-firefox-chrome';
import { waitForValue } from './page-ui';

export type ColorScheme = 'light' | 'dark';

/**
 * Shows `page` in `scheme` and waits until its CSS sees it. Chromium
 * emulates per page; Firefox switches a browser-wide pref (Puppeteer's
 * emulateMediaFeatures needs CDP), so set it back when done.
 */
export async function showInScheme(
  page: Page,
  scheme: ColorScheme,
): Promise<void> {
  if (browserNameOf(page) === 'firefox') {
    await setFirefoxColorScheme(page.browser(), scheme);
  } else {
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: scheme },
    ]);
  }

  await waitForValue(
    () =>
      page.evaluate(
        (query) => matchMedia(query).matches,
        `(prefers-color-scheme: ${scheme})`,
      ),
    (matches) => matches,
    { what: `${page.url()} to show in ${scheme} mode` },
  );
}
