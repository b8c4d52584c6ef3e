import { browser } from 'wxt/browser';
/**
 * The URL of the tab the popup acts for: the active tab, or the tab named
 * by a `tabId` query parameter when the popup is opened in its own tab.
 * `undefined` when the browser does not tell (not an Ada host: the
 * extension has no permission to read other tabs' URLs).
 */
export async function popupTargetUrl(
  search: string,
): Promise<string | undefined> {
  const tabId = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(tabId) && tabId > 0) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);

    return tab?.url;
  }

  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });

  return tab?.url;
}
