import type { Browser, Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  /**
   * Ada hosts the test will visit. Chromium sends every *.ada.support host to
   * 127.0.0.1 anyway; Firefox can only map exact names, so list them all.
   */
  adaHosts: string[];
  /**
   * Other hosts to send to 127.0.0.1 as well, such as look-alikes of Ada
   * (`evil-ada.support`), which the extension has no permission for.
   */
  extraHosts?: string[];
  /** Show the window (the demo, on a machine with a display). Default: no. */
  headed?: boolean;
}

/** A real browser with the production build of the extension installed. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** Escape hatch for anything the harness does not wrap. */
  readonly browser: Browser;
  /** chrome-extension://<id> or moz-extension://<uuid>, without a slash. */
  readonly extensionOrigin: string;
  /** A new tab, loaded. */
  newPage(url: string): Promise<Page>;
  /** The toolbar popup, opened while `forTab` is the active tab. */
  openPopup(forTab: Page): Promise<Page>;
  /** An extension page such as '/options.html' in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn` in the background context (Chromium: the service worker;
   * Firefox: the background page). `fn` travels as source text, so it sees
   * only its arguments and the context's globals; arguments and result travel
   * as JSON.
   */
  evaluateInBackground<Args extends unknown[], Result>(
    fn: (...args: Args) => Result | Promise<Result>,
    ...args: Args
  ): Promise<Result>;
  close(): Promise<void>;
}
