import type { browser } from 'wxt/browser';
import type { ExtensionBrowser } from '../harness/browsers';
import { waitForValue } from './page-ui';

// The toolbar button's per-tab badge and the extension's shortcuts, read in
// the background (the functions travel there as source text, so each finds
// the API itself: Firefox names it browser, Chromium's worker has chrome).

export interface ToolbarBadge {
  text: string;
  title: string;
}

/** The badge text and tooltip of the one tab whose URL matches `pattern`. */
export function toolbarBadge(
  ext: ExtensionBrowser,
  pattern: string,
): Promise<ToolbarBadge> {
  return ext.evaluateInBackground(async (url: string) => {
    const api: typeof browser =
      Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
    const tabs = await api.tabs.query({ url });
    const tabId = tabs[0]?.id;
    if (tabs.length !== 1 || tabId === undefined) {
      throw new Error(`${tabs.length} tabs match ${url}; expected one.`);
    }

    return {
      text: await api.action.getBadgeText({ tabId }),
      title: await api.action.getTitle({ tabId }),
    };
  }, pattern);
}

/** Waits until the badge of the tab matching `pattern` shows `text`. */
export function waitForBadge(
  ext: ExtensionBrowser,
  pattern: string,
  text: string,
): Promise<ToolbarBadge> {
  return waitForValue(
    () => toolbarBadge(ext, pattern),
    (badge) => badge.text === text,
    { what: `the toolbar badge to read "${text}"` },
  );
}

/** Blanks the badge of the tab matching `pattern`, as a fresh tab has it. */
export async function blankBadge(
  ext: ExtensionBrowser,
  pattern: string,
): Promise<void> {
  await ext.evaluateInBackground(async (url: string) => {
    const api: typeof browser =
      Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
    for (const { id } of await api.tabs.query({ url })) {
      if (id !== undefined)
        await api.action.setBadgeText({ tabId: id, text: '' });
    }
  }, pattern);
}

export interface Shortcut {
  name: string;
  shortcut: string;
}

/** The commands the browser registered for the extension, with their keys. */
export function registeredShortcuts(
  ext: ExtensionBrowser,
): Promise<Shortcut[]> {
  return ext.evaluateInBackground(async () => {
    const api: typeof browser =
      Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
    const commands = await api.commands.getAll();

    return commands.map(({ name, shortcut }) => ({
      name: name ?? '',
      shortcut: shortcut ?? '',
    }));
  });
}
