import type { browser } from 'wxt/browser';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_IDS,
  DEMO_TOKENS,
  demoSeed,
  startLocalAda,
  type LocalAda,
} from '../dev/local-ada/index';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';
import { apiCalls } from './support/ada-traffic';
import { clearExtensionStorage } from './support/extension-storage';
import { fill, waitForElement, waitForText } from './support/page-ui';

// Where Chromium and Firefox differ under the same code: the Origin that
// Ada sees, and host permissions that a Firefox user can withhold.

const SEED = demoSeed();
const ACME = 'acme.ada.support';
const ADA_ORIGINS = ['https://*.ada.support/*'];
const PAGE_URL = `https://${ACME}/platform/integrations/${DEMO_IDS.knowledgeSync}`;

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda({ port: 443 });
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('browser differences: %s', (name) => {
  let ext: ExtensionBrowser;

  const openDashboard = async (): Promise<Page> => {
    const page = await ext.newPage(PAGE_URL);
    await page.waitForSelector('#dashboard-main[data-loaded="true"]');

    return page;
  };

  const saveToken = async (popup: Page) => {
    await fill(popup, 'input[name="token"]', DEMO_TOKENS.acmeKnowledgeSync);
    await popup.click('form[data-testid="token-form"] button[type="submit"]');
  };

  beforeAll(async () => {
    ext = await launchWithExtension(name, {
      adaHosts: SEED.instances.map(({ host }) => host),
    });
  });

  afterAll(async () => {
    await ext?.close();
  });

  beforeEach(async () => {
    ada.reset();
    ada.seed(demoSeed());
    await clearExtensionStorage(ext);
  });

  it('calls Ada from its own extension origin, and Ada answers', async () => {
    const dashboard = await openDashboard();
    const popup = await ext.openPopup(dashboard);

    await saveToken(popup);
    await waitForText(popup, '[data-testid="status-badge"]', 'Complete');
    await popup.click('button[data-action="mark-incomplete"]');
    await popup.click('button[data-action="confirm-revert"]');
    await waitForText(popup, '[data-testid="status-badge"]', 'Incomplete');

    const calls = apiCalls(ada.requests());
    expect(calls.map(({ method }) => method)).toEqual(['GET', 'GET', 'PATCH']);
    for (const call of calls) {
      expect(call.status).toBe(200);
      // Chromium leaves a host-permitted GET without Origin; whatever is
      // sent must be this extension's origin (moz-extension:// in Firefox).
      const origin = call.headers.origin;
      if (origin !== undefined) expect(origin).toBe(ext.extensionOrigin);
    }
    const patch = calls.find(({ method }) => method === 'PATCH');
    expect(patch?.headers.origin).toBe(ext.extensionOrigin);
    await popup.close();
    await dashboard.close();
  });

  it('handles a withheld Ada host permission as each browser allows', async () => {
    const removed = await ext.evaluateInBackground(async (origins) => {
      const api: typeof browser =
        Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
      try {
        return await api.permissions.remove({ origins });
      } catch {
        return false;
      }
    }, ADA_ORIGINS);
    const granted = await ext.evaluateInBackground(async (origins) => {
      const api: typeof browser =
        Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
      return api.permissions.contains({ origins });
    }, ADA_ORIGINS);

    if (name === 'chromium') {
      // Chrome grants required host permissions for good.
      expect({ removed, granted }).toEqual({ removed: false, granted: true });
      return;
    }

    // Firefox MV3 lets the user take the host permission back. Without it
    // the popup cannot even read the tab's URL: it must say so and offer
    // the grant, not pretend the tab is not an Ada page.
    expect({ removed, granted }).toEqual({ removed: true, granted: false });
    const dashboard = await ext.newPage(PAGE_URL);
    const popup = await ext.openPopup(dashboard);

    expect(await waitForText(popup, '[data-testid="access-needed"]')).toBe(
      'This extension is not allowed to read Ada dashboard pages.',
    );
    await waitForElement(popup, 'button[data-action="grant-access"]');
    expect(apiCalls(ada.requests())).toEqual([]);
    await popup.close();
    await dashboard.close();
  });
});
