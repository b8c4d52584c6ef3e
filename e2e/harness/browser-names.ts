import type { Browser, Page } from 'puppeteer-core';
import type { BrowserName } from './extension-browser';

// Screenshots and the closed-shadow helpers need to know which browser a page
// belongs to; Puppeteer's public types do not say.
const names = new WeakMap<Browser, BrowserName>();

export function rememberBrowserName(browser: Browser, name: BrowserName): void {
  names.set(browser, name);
}

export function browserNameOf(page: Page): BrowserName {
  const name = names.get(page.browser());
  if (!name) {
    throw new Error('This page was not opened through launchWithExtension().');
  }

  return name;
}
