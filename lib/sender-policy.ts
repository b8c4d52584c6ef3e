import { type DashboardPage, readDashboardPage } from './dashboard-page';

export type SenderRole =
  { role: 'extension-page' } | { role: 'content-script'; page: DashboardPage };

export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface Self {
  id: string;
  origin: string;
}

/**
 * Who sent a message: one of the extension's own pages, a content script
 * on an Ada integration page, or (`undefined`) anyone else, to be refused.
 */
export function classifySender(
  sender: SenderInfo,
  self: Self,
): SenderRole | undefined {
  if (sender.id !== self.id || !sender.url) return undefined;

  if (sender.url.startsWith(`${self.origin}/`))
    return { role: 'extension-page' };

  // Anything else is a content script; it speaks for its own frame's URL.
  if (sender.tab === undefined) return undefined;

  const page = readDashboardPage(frameUrl(sender.url, sender));

  return page ? { role: 'content-script', page } : undefined;
}

/**
 * The URL the sending frame shows now. `sender.url` keeps the URL the
 * document loaded with, while the dashboard navigates with pushState; for
 * the top frame the tab's URL follows those navigations. A different
 * origin would mean a real navigation, so then `sender.url` stands.
 */
function frameUrl(documentUrl: string, sender: SenderInfo): string {
  const tabUrl = sender.tab?.url;
  if (sender.frameId !== 0 || !tabUrl) return documentUrl;

  return originOf(tabUrl) === originOf(documentUrl) ? tabUrl : documentUrl;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
