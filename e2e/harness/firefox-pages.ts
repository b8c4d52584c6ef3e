import type { Browser, Page } from 'puppeteer-core';
import { announceClosed, bidiConnection, contextIdOf } from './bidi';
import { pollUntil } from './poll';

/**
 * Opens a moz-extension:// page in a new tab. Per BROWSER-TESTS.md, goto()
 * on such pages never resolves although the page renders, and waitForSelector
 * there fails about 1 run in 10, so this starts the navigation and polls the
 * document instead.
 */
export async function openMozExtensionPage(
  browser: Browser,
  url: string,
): Promise<Page> {
  const page = await browser.newPage();
  announceWhenClosed(page);
  navigateWithoutWaiting(page, url);
  await waitForDocument(page, url);

  return page;
}

// Firefox closes the tab but does not say so for extension pages.
function announceWhenClosed(page: Page): void {
  const connection = bidiConnection(page.browser());
  const context = contextIdOf(page);
  const close = page.close.bind(page);

  Object.defineProperty(page, 'close', {
    configurable: true,
    value: async (options?: Parameters<Page['close']>[0]) => {
      await close(options);
      announceClosed(connection, context);
    },
  });
}

export function navigateWithoutWaiting(page: Page, url: string): void {
  // The promise settles only when the tab closes, if ever.
  page.goto(url).catch(() => undefined);
}

/** Waits until the page shows `url` and has finished loading. */
export async function waitForDocument(page: Page, url: string): Promise<void> {
  await pollUntil(
    async () => {
      const state = await page.evaluate(() => [
        location.href,
        document.readyState,
      ]);

      return state[0] === url && state[1] === 'complete' ? true : undefined;
    },
    { what: `${url} to load` },
  );
}
