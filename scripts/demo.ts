// `npm run demo`: local Ada plus Chromium with the production build, on a
// demo dashboard page. With a display the browser stays open for you; without
// one the same walk-through runs headless and leaves screenshots.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import {
  DEMO_IDS,
  DEMO_TOKENS,
  demoSeed,
  startLocalAda,
} from '../dev/local-ada/index';
import { EXECUTABLES, launchWithExtension } from '../e2e/harness/browsers';

const OUT = resolve('e2e-artifacts/demo');

if (!existsSync(EXECUTABLES.chromium)) {
  console.error(
    'Missing Chromium: install it with "sudo apt-get install -y chromium", then run npm run demo again.',
  );
  process.exit(1);
}

const seed = demoSeed();
const ada = await startLocalAda({ port: 443 }).catch((error: unknown) => {
  console.error(
    'Local Ada needs port 443 (the dashboard URLs carry no port): run as root or grant Node CAP_NET_BIND_SERVICE.',
    error instanceof Error ? error.message : error,
  );
  process.exit(1);
});
ada.seed(seed);

const headed = Boolean(process.env.DISPLAY) && process.env.CI === undefined;
const browser = await launchWithExtension('chromium', {
  adaHosts: seed.instances.map((instance) => instance.host),
  headed,
});
const dashboardUrl = `${ada.origin('acme')}/platform/integrations/${DEMO_IDS.knowledgeSync}`;
const dashboard = await browser.newPage(dashboardUrl);

if (headed) {
  console.log(`Local Ada is serving ${dashboardUrl}`);
  console.log(
    `Click the extension's toolbar icon and paste this demo token: ${DEMO_TOKENS.acmeKnowledgeSync}`,
  );
  console.log('Close the browser window to stop.');
  await new Promise((done) => browser.browser.once('disconnected', done));
} else {
  await walkThrough(dashboard);
  await browser.close();
}

await ada.close();

async function walkThrough(page: Page) {
  mkdirSync(OUT, { recursive: true });
  console.log(`No display: walking through ${dashboardUrl} headless.`);

  const popup = await browser.openPopup(page);
  await popup.waitForSelector('input[name=token]');
  await popup.type('input[name=token]', DEMO_TOKENS.acmeKnowledgeSync);
  await popup.click('form[data-testid=token-form] button[type=submit]');
  await popup.waitForSelector('[data-testid=status-badge]');
  await popup.click('button[data-action=mark-incomplete]');
  await popup.click('button[data-action=confirm-revert]');
  await popup.waitForFunction(
    () =>
      document.querySelector('[data-testid=status-badge]')?.textContent ===
      'Incomplete',
  );
  const popupShot = `${OUT}/popup.png`;
  await popup.screenshot({ path: popupShot });
  await popup.close();

  await page.reload();
  await page.waitForFunction(() => {
    const host = document.querySelector('ada-installation-status');
    return host !== null;
  });
  // The control fetches its status after it appears.
  await new Promise((done) => setTimeout(done, 1_000));
  const pageShot = `${OUT}/in-page.png`;
  await page.screenshot({ path: pageShot });

  const changed = ada.installation(
    'acme.ada.support',
    DEMO_IDS.knowledgeSync,
    DEMO_IDS.acmeKnowledgeSync,
  );
  console.log(`Local Ada now records status "${String(changed?.status)}".`);
  console.log(`Screenshots:\n  ${popupShot}\n  ${pageShot}`);
}
