import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  bidiConnection,
  callFunctionForJson,
  stringArg,
  type LocalValue,
} from './bidi';
import { rememberBrowserName } from './browser-names';
import { firefoxBuild, readManifest } from './build-output';
import type { ExtensionBrowser, LaunchOptions } from './extension-browser';
import { exposeExtensionView, extensionHostname } from './firefox-chrome-scope';
import { openMozExtensionPage } from './firefox-pages';
import { popupOpener, type FirefoxSession } from './firefox-popup';
import { pollUntil } from './poll';

// Any fixed value: with it, moz-extension:// URLs stay the same between runs.
const EXTENSION_UUID = '3b0a6f47-8d1e-4c2a-9f55-0e2d7c6ad0a1';

export async function launchFirefox(
  executablePath: string,
  { adaHosts, extraHosts = [] }: LaunchOptions,
): Promise<ExtensionBrowser> {
  const buildDir = firefoxBuild();
  if (!buildDir) {
    throw new Error(
      'No Firefox build in .output: run "npm run build:firefox".',
    );
  }

  const geckoId = readManifest(buildDir).browser_specific_settings?.gecko?.id;
  // Puppeteer gives every launch a fresh temporary profile and deletes it on
  // close. System access lets BiDi open moz-extension:// pages and reach the
  // popup and background page (firefox-chrome-scope.ts).
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs([...adaHosts, ...extraHosts], geckoId),
  });

  rememberBrowserName(browser, 'firefox');
  try {
    const addonId = await browser.installExtension(buildDir);
    const connection = bidiConnection(browser);
    const hostname = await extensionHostname(connection, addonId);

    return firefoxExtensionBrowser(
      browser,
      addonId,
      `moz-extension://${hostname}`,
    );
  } catch (error) {
    await browser.close();
    throw new Error(`Firefox started but ${buildDir} did not install.`, {
      cause: error,
    });
  }
}

function firefoxPrefs(
  localHosts: string[],
  geckoId: string | undefined,
): Record<string, unknown> {
  return {
    // The harness opens the popup from script, with no click behind it.
    'extensions.openPopupWithoutUserGesture.enabled': true,
    // Exact names only: Firefox has no wildcard here, and forceResolve would
    // send Firefox's own background traffic to the local server too.
    ...(localHosts.length > 0 && {
      'network.dns.localDomains': localHosts.join(','),
    }),
    // Without a gecko id the add-on gets a random id per install; the
    // hostname is then read back after install instead.
    ...(geckoId && {
      'extensions.webextensions.uuids': JSON.stringify({
        [geckoId]: EXTENSION_UUID,
      }),
    }),
  };
}

function firefoxExtensionBrowser(
  browser: Browser,
  addonId: string,
  extensionOrigin: string,
): ExtensionBrowser {
  const connection = bidiConnection(browser);

  const openExtensionPage = (path: string) =>
    openMozExtensionPage(browser, `${extensionOrigin}${path}`);

  const runInBackground = async (declaration: string, args?: LocalValue[]) => {
    const view = await pollUntil(
      () => exposeExtensionView(connection, addonId, 'background'),
      { what: 'the background page' },
    );

    return callFunctionForJson(connection, view.context, declaration, { args });
  };

  const session: FirefoxSession = {
    browser,
    connection,
    addonId,
    extensionOrigin,
    runInBackground,
    openExtensionPage,
  };

  return {
    name: 'firefox',
    browser,
    extensionOrigin,
    openExtensionPage,

    async newPage(url): Promise<Page> {
      if (url.startsWith('moz-extension:')) {
        return openMozExtensionPage(browser, url);
      }
      const page = await browser.newPage();
      await page.goto(url);

      return page;
    },

    async evaluateInBackground(fn, ...args) {
      const result = await runInBackground(
        `async (json) => JSON.stringify(await (${fn.toString()})(...JSON.parse(json)))`,
        [stringArg(JSON.stringify(args))],
      );

      // Trusted as the caller's type, like Puppeteer's own evaluate().
      return result as Awaited<ReturnType<typeof fn>>;
    },

    openPopup: popupOpener(session),
    close: () => browser.close(),
  };
}
