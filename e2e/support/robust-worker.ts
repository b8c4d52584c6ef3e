import { z } from 'zod';
import {
  bidiConnection,
  callFunctionForJson,
  stringArg,
} from '../harness/bidi';
import type { ExtensionBrowser } from '../harness/browsers';
import { firefoxBuild, readManifest } from '../harness/build-output';
import { pollUntil } from '../harness/poll';

// Stopping the extension's background mid-request, as the browser does to
// an idle MV3 worker or event page, or when it crashes.

/**
 * Stops the background. Chromium: CDP's ServiceWorker.stopAllWorkers from
 * a page session, once the harness's own session to the worker is
 * detached: while a DevTools session is attached, Chromium keeps the
 * worker's target alive, and the worker it restarts would be evaluated in
 * a context that is gone. Firefox: the event page is terminated from the
 * privileged scope, as about:debugging's "Terminate background script"
 * does, even with a message listener still running.
 */
export async function stopBackground(ext: ExtensionBrowser): Promise<void> {
  if (ext.name === 'chromium') {
    await stopChromiumWorker(ext);
    return;
  }

  await terminateFirefoxBackground(ext);
}

async function stopChromiumWorker(ext: ExtensionBrowser): Promise<void> {
  const workerTargets = () =>
    ext.browser
      .targets()
      .filter(
        (target) =>
          target.type() === 'service_worker' &&
          target.url().startsWith(`${ext.extensionOrigin}/`),
      );
  for (const target of workerTargets()) {
    const worker = await target.worker();
    await worker?.client.detach().catch(() => undefined);
  }

  // Any tab's session will do, but not a new tab's: taking the focus would
  // close the toolbar popup, which the test wants to see.
  const pages = await ext.browser.pages();
  const tab = pages.find(
    (page) => !page.url().startsWith(`${ext.extensionOrigin}/`),
  );
  if (!tab) throw new Error('Open a tab before stopping the worker.');

  const session = await tab.createCDPSession();
  try {
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await pollUntil(
      async () => (workerTargets().length === 0 ? true : undefined),
      { what: 'the service worker to stop' },
    );
  } finally {
    await session.detach();
  }
}

const Tree = z.object({
  contexts: z.array(z.looseObject({ context: z.string() })).min(1),
});

async function terminateFirefoxBackground(
  ext: ExtensionBrowser,
): Promise<void> {
  const build = firefoxBuild();
  const addonId =
    build && readManifest(build).browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('No gecko id in the Firefox build.');

  const connection = bidiConnection(ext.browser);
  const { result } = await connection.send('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const [chromeWindow] = Tree.parse(result).contexts;
  if (!chromeWindow) throw new Error('No Firefox chrome window.');

  const state = await callFunctionForJson(
    connection,
    chromeWindow.context,
    `async (id) => {
      const extension = WebExtensionPolicy.getByID(id)?.extension;
      await extension?.terminateBackground({
        ignoreDevToolsAttached: true,
        disableResetIdleForTest: true,
      });
      return JSON.stringify(extension?.backgroundState ?? 'gone');
    }`,
    { args: [stringArg(addonId)] },
  );
  if (state !== 'stopped') {
    throw new Error(`The background did not stop: ${String(state)}.`);
  }
}
