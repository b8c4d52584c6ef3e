import type { browser } from 'wxt/browser';
import type { ExtensionBrowser } from '../harness/browsers';

// The functions below travel to the background as source text, so each
// finds the API itself: Firefox names it browser, Chromium's worker has
// only chrome.

/** Empties the extension's local storage: tokens, cache and history. */
export async function clearExtensionStorage(
  ext: ExtensionBrowser,
): Promise<void> {
  await ext.evaluateInBackground(async () => {
    const api: typeof browser =
      Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
    await api.storage.local.clear();
  });
}

/** Everything in the extension's local storage, as one string to search. */
export function extensionStorageText(ext: ExtensionBrowser): Promise<string> {
  return ext.evaluateInBackground(async () => {
    const api: typeof browser =
      Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');

    return JSON.stringify(await api.storage.local.get());
  });
}
