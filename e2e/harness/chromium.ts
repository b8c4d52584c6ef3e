import puppeteer, {
  type Browser,
  type Page,
  type Target,
} from 'puppeteer-core';
import { rememberBrowserName } from './browser-names';
import { CHROME_BUILD } from './build-output';
import type { ExtensionBrowser, LaunchOptions } from './extension-browser';

// Flags from BROWSER-TESTS.md: no sandbox as root, and no background traffic
// of Chromium's own that could reach the local Ada server or slow the start.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  // acceptInsecureCerts covers pages; the flag covers the service worker too.
  '--ignore-certificate-errors',
];

export async function launchChromium(
  executablePath: string,
  options: LaunchOptions,
): Promise<ExtensionBrowser> {
  const resolverRules = ['*.ada.support', ...(options.extraHosts ?? [])]
    .map((host) => `MAP ${host} 127.0.0.1`)
    .join(',');
  // Puppeteer gives every launch a fresh temporary profile and deletes it on
  // close. Loading an extension from a path needs the pipe transport.
  const browser = await puppeteer.launch({
    executablePath,
    headless: !options.headed,
    pipe: true,
    enableExtensions: [CHROME_BUILD],
    acceptInsecureCerts: true,
    args: [...FLAGS, `--host-resolver-rules=${resolverRules}`],
  });

  rememberBrowserName(browser, 'chromium');
  try {
    const worker = await browser.waitForTarget(
      (target) =>
        target.type() === 'service_worker' &&
        target.url().startsWith('chrome-extension://'),
      { timeout: 10_000 },
    );

    // URL.origin is "null" for chrome-extension: URLs in Node.
    const { protocol, host } = new URL(worker.url());

    return chromiumExtensionBrowser(browser, `${protocol}//${host}`);
  } catch (error) {
    await browser.close();
    throw new Error('Chromium started but the extension did not load.', {
      cause: error,
    });
  }
}

function chromiumExtensionBrowser(
  browser: Browser,
  extensionOrigin: string,
): ExtensionBrowser {
  // The service worker stops after 30 s without events and comes back as a
  // new target, so look it up on every use and wake it when it sleeps.
  const backgroundWorker = async () => {
    const isBackground = (t: Target) =>
      t.type() === 'service_worker' &&
      t.url().startsWith(`${extensionOrigin}/`);
    if (!browser.targets().some(isBackground)) {
      await startServiceWorker(browser, extensionOrigin);
    }

    const target = await browser.waitForTarget(isBackground, {
      timeout: 10_000,
    });
    const worker = await target.worker();
    if (!worker) throw new Error(`No worker behind ${target.url()}.`);

    return worker;
  };

  const newPage = async (url: string): Promise<Page> => {
    const page = await browser.newPage();
    await page.goto(url);

    return page;
  };

  return {
    name: 'chromium',
    browser,
    extensionOrigin,
    newPage,
    openExtensionPage: (path) => newPage(`${extensionOrigin}${path}`),

    async evaluateInBackground(fn, ...args) {
      const worker = await backgroundWorker();
      const call = `(${fn.toString()})(...${JSON.stringify(args)})`;

      // Trusted as the caller's type, like Puppeteer's own evaluate().
      return (await worker.evaluate(call)) as Awaited<ReturnType<typeof fn>>;
    },

    // As for a user: the popup opens over the tab in front, so its
    // tabs.query({ active: true, currentWindow: true }) finds that tab.
    async openPopup(forTab) {
      await forTab.bringToFront();
      const isPopup = (url: string) =>
        url.startsWith(`${extensionOrigin}/`) &&
        new URL(url).pathname.endsWith('popup.html');
      const before = new Set(browser.targets());

      const worker = await backgroundWorker();
      await worker.evaluate('chrome.action.openPopup()');
      const target = await browser.waitForTarget(
        (t) => t.type() === 'page' && isPopup(t.url()) && !before.has(t),
        { timeout: 10_000 },
      );
      const popup = await target.asPage();
      await popup.waitForFunction(() => document.readyState === 'complete');

      return popup;
    },

    close: () => browser.close(),
  };
}

// What an incoming event would do. Any page's CDP session may start the
// worker registered for the extension's origin.
async function startServiceWorker(
  browser: Browser,
  extensionOrigin: string,
): Promise<void> {
  const [page] = await browser.pages();
  const session = await (page ?? (await browser.newPage())).createCDPSession();

  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.startWorker', {
      scopeURL: `${extensionOrigin}/`,
    });
  } finally {
    await session.detach();
  }
}
