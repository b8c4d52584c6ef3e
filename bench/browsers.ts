import puppeteer, { type Browser } from 'puppeteer-core';
import { EXECUTABLES, type ExtensionBrowser } from '../e2e/harness/browsers';
import { fill, waitForValue } from '../e2e/support/page-ui';
import { INTEGRATIONS, credentialsOf } from './bench-seed';

// The flags of e2e/harness/chromium.ts, which does not export them: the
// baseline browser must differ from the extension's only by the extension.
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--ignore-certificate-errors',
  '--host-resolver-rules=MAP *.ada.support 127.0.0.1',
];

/** Headless Chromium as the harness launches it, without the extension. */
export function launchPlainChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: EXECUTABLES.chromium,
    headless: true,
    pipe: true,
    acceptInsecureCerts: true,
    args: FLAGS,
  });
}

/** Saves each host's token for its own integration, as a partner would. */
export async function saveTokens(
  ext: ExtensionBrowser,
  hosts: readonly string[],
): Promise<void> {
  const options = await ext.openExtensionPage('/options.html');
  const form = 'form[data-testid="add-token"]';

  for (const [index, host] of hosts.entries()) {
    const url = `https://${host}/platform/integrations/${INTEGRATIONS.own.id}`;
    await fill(options, `${form} input[name="dashboard-url"]`, url);
    await fill(
      options,
      `${form} input[name="token"]`,
      credentialsOf(host).token,
    );
    await options.click(`${form} button[type="submit"]`);
    await waitForValue(
      () => options.$$eval('tr[data-testid="token-row"]', (r) => r.length),
      (rows) => rows === index + 1,
      { what: `the token of ${host} on the options page` },
    );
  }
  await options.close();
}
