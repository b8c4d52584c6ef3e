import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';
import {
  readClosedShadowText,
  trustedClickInClosedShadow,
} from './harness/shadow';

// The harness's own promises, in every browser, before tests rely on them.

const CLOSED_SHADOW = readFileSync(
  new URL('./fixtures/closed-shadow.html', import.meta.url),
  'utf8',
);

describe.each(BROWSERS)('harness: %s', (name) => {
  let ext: ExtensionBrowser;

  beforeAll(async () => {
    ext = await launchWithExtension(name, { adaHosts: [] });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('clicks inside a closed shadow root as a user would', async () => {
    const page = await ext.newPage('about:blank');
    await page.setContent(CLOSED_SHADOW);

    await trustedClickInClosedShadow(page, 'control-host', '#mark');

    expect(await readClosedShadowText(page, 'control-host', '#result')).toBe(
      'clicked, trusted: true',
    );
    await page.close();
  });

  it('gives the page no way into the closed shadow root', async () => {
    const page = await ext.newPage('about:blank');
    await page.setContent(CLOSED_SHADOW);

    const seenByPage = await page.$eval(
      'control-host',
      (host) => host.shadowRoot,
    );

    expect(seenByPage).toBeNull();
    await page.close();
  });

  it('runs a function with arguments in the background', async () => {
    const answer = await ext.evaluateInBackground(
      (a: number, b: number) => ({ sum: a + b, origin: location.origin }),
      2,
      3,
    );

    expect(answer).toEqual({ sum: 5, origin: ext.extensionOrigin });
  });

  it('opens an extension page', async () => {
    const page = await ext.openExtensionPage('/options.html');

    expect(await page.evaluate(() => location.href)).toBe(
      `${ext.extensionOrigin}/options.html`,
    );
    await page.close();
  });

  it('closes the popup it opened', async () => {
    const tab = await ext.newPage('about:blank');
    const popup = await ext.openPopup(tab);

    await popup.close();

    expect(await ext.browser.pages()).not.toContain(popup);
    await tab.close();
  });
});
