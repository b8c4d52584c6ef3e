import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_IDS,
  demoSeed,
  startLocalAda,
  type LocalAda,
} from '../dev/local-ada/index';
import { saveScreenshot } from './harness/artifacts';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';

const SEED = demoSeed();
const ADA_HOSTS = SEED.instances.map((instance) => instance.host);

let ada: LocalAda;

// Port 443, so dashboard URLs look like the real ones (no port).
beforeAll(async () => {
  ada = await startLocalAda({ port: 443 });
  ada.seed(SEED);
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('smoke: %s', (name) => {
  let ext: ExtensionBrowser;

  const dashboardUrl = () =>
    `${ada.origin('acme')}/platform/integrations/${DEMO_IDS.knowledgeSync}`;

  const openDashboard = async (): Promise<Page> => {
    const page = await ext.newPage(dashboardUrl());
    await page.waitForSelector('#dashboard-main[data-loaded="true"]');

    return page;
  };

  beforeAll(async () => {
    ext = await launchWithExtension(name, { adaHosts: ADA_HOSTS });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('runs the background from the extension origin', async () => {
    const url = await ext.evaluateInBackground(() => location.href);

    expect(url.startsWith(`${ext.extensionOrigin}/`)).toBe(true);
  });

  it('renders a local Ada dashboard page', async () => {
    const dashboard = await openDashboard();

    const title = await dashboard.$eval(
      '#dashboard-title',
      (h1) => h1.textContent,
    );

    expect(title).toBe('Knowledge Sync');
    await dashboard.close();
  });

  it('opens the popup for the dashboard tab', async () => {
    const dashboard = await openDashboard();

    const popup = await ext.openPopup(dashboard);
    const instance = await popup.waitForSelector('[data-testid="instance"]');

    expect(await popup.title()).toBe('Ada Installation Status');
    // The instance of the dashboard tab, so the popup found that tab.
    expect(await instance?.evaluate((p) => p.firstChild?.textContent)).toBe(
      'acme',
    );
    await saveScreenshot(popup, 'smoke-popup');
    await popup.close();
    await dashboard.close();
  });
});
