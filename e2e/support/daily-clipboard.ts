import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness/browsers';
import { firefoxClipboardText } from './daily-firefox-chrome';

// The real system clipboard in both browsers, no spy: what a partner would
// paste is what the test reads.

/**
 * Lets the extension's pages write and read the clipboard without a
 * prompt. Chromium asks for permissions (headless has no one to grant
 * them); Firefox lets a clicked button write, and the test reads the
 * clipboard from the browser window instead (firefoxClipboardText).
 */
export async function allowClipboard(ext: ExtensionBrowser): Promise<void> {
  if (ext.name === 'firefox') return;

  await ext.browser
    .defaultBrowserContext()
    .overridePermissions(ext.extensionOrigin, [
      'clipboard-read',
      'clipboard-write',
      'clipboard-sanitized-write',
    ]);
}

/** The clipboard's text, read in the extension page `page` (Chromium). */
export function clipboardText(
  ext: ExtensionBrowser,
  page: Page,
): Promise<string> {
  if (ext.name === 'firefox') return firefoxClipboardText(ext.browser);

  return page.evaluate(() => navigator.clipboard.readText());
}
