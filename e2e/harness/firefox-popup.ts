import type { browser } from 'wxt/browser';
import type { Browser, Page } from 'puppeteer-core';
import { z } from 'zod';
import {
  announceClosed,
  contextIdOf,
  type BidiConnection,
  type LocalValue,
} from './bidi';
import {
  exposeExtensionView,
  hidePopupView,
  type ExposedView,
} from './firefox-chrome-scope';
import { navigateWithoutWaiting, waitForDocument } from './firefox-pages';
import { pollUntil } from './poll';

export interface FirefoxSession {
  browser: Browser;
  connection: BidiConnection;
  addonId: string;
  extensionOrigin: string;
  runInBackground(declaration: string, args?: LocalValue[]): Promise<unknown>;
  openExtensionPage(path: string): Promise<Page>;
}

/**
 * The real toolbar popup by default. E2E_FIREFOX_POPUP=tab opens popup.html
 * in a tab instead, told which tab it is for by ?tabId=, for when a Firefox
 * update breaks the chrome-scope route (see firefox-chrome-scope.ts).
 */
export function popupOpener(
  session: FirefoxSession,
): (forTab: Page) => Promise<Page> {
  if (process.env.E2E_FIREFOX_POPUP === 'tab') {
    return (forTab) => openPopupAsTab(session, forTab);
  }

  let current: { page: Page; context: string } | undefined;

  return async (forTab) => {
    // One popup at a time, as for a user; once closed, the lookup below
    // cannot mistake the old one for the new.
    await current?.page.close();
    await forTab.bringToFront();

    await session.runInBackground(
      `async () => {
        const api = globalThis.browser;
        await (api.action ?? api.browserAction).openPopup();
      }`,
    );
    const view = await pollUntil(
      async () => {
        const found = await exposeExtensionView(
          session.connection,
          session.addonId,
          'popup',
        );
        const isNew = found && found.context !== current?.context;

        return isNew && found.shown ? found : undefined;
      },
      { what: 'the popup to open' },
    );
    const page = await adoptView(session, view, forTab);
    current = { page, context: view.context };

    return page;
  };
}

const TreeInfo = z.object({
  contexts: z
    .array(z.object({ userContext: z.string(), clientWindow: z.string() }))
    .min(1),
});

// Puppeteer makes a Page for each browsingContext.contextCreated event; the
// popup gets none from Firefox, so the harness sends one in its name.
async function adoptView(
  session: FirefoxSession,
  view: ExposedView,
  forTab: Page,
): Promise<Page> {
  const { browser, connection } = session;
  const { result } = await connection.send('browsingContext.getTree', {
    root: contextIdOf(forTab),
    maxDepth: 0,
  });
  const [tab] = TreeInfo.parse(result).contexts;
  const info = {
    context: view.context,
    url: view.url,
    userContext: tab?.userContext,
    clientWindow: tab?.clientWindow,
    children: [],
    parent: null,
    originalOpener: null,
  };
  const before = new Set(browser.targets());

  connection.emit('browsingContext.contextCreated', info);
  const target = await browser.waitForTarget(
    (t) => t.url() === view.url && !before.has(t),
    { timeout: 5_000 },
  );
  const page = await target.page();
  if (!page) throw new Error(`Puppeteer made no page for ${view.url}.`);

  // Page.close() would ask Firefox to close a tab that does not exist.
  Object.defineProperty(page, 'close', {
    configurable: true,
    value: async () => {
      await hidePopupView(connection, view.context);
      announceClosed(connection, view.context);
    },
  });
  await waitForDocument(page, view.url);

  return page;
}

async function openPopupAsTab(
  session: FirefoxSession,
  forTab: Page,
): Promise<Page> {
  const url = `${session.extensionOrigin}/popup.html`;
  const popup = await session.openExtensionPage('/popup.html');

  // The new tab is in front; put the dashboard back to learn its tab id.
  await forTab.bringToFront();
  const tabId = z.number().parse(
    await popup.evaluate(async () => {
      // Runs in the extension page, where Firefox defines `browser`.
      const api: typeof browser = Reflect.get(globalThis, 'browser');
      const [tab] = await api.tabs.query({
        active: true,
        currentWindow: true,
      });

      return tab?.id;
    }),
  );

  navigateWithoutWaiting(popup, `${url}?tabId=${tabId}`);
  await waitForDocument(popup, `${url}?tabId=${tabId}`);
  await popup.bringToFront();

  return popup;
}
