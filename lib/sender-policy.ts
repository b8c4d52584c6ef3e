import { type DashboardPage, readDashboardPage } from './dashboard-page';

export type SenderRole =
  { role: 'extension-page' } | { role: 'content-script'; page: DashboardPage };

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
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

  const page = readDashboardPage(sender.url);

  return page ? { role: 'content-script', page } : undefined;
}
