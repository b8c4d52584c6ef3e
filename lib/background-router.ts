import { browser } from 'wxt/browser';
import {
  type DashboardPage,
  pageOf,
  readDashboardPage,
  samePage,
} from './dashboard-page';
import { failure } from './failure-messages';
import type { InstallationView } from './installation-view';
import {
  changeStatus,
  readInstallation,
  storeToken,
  testStoredToken,
} from './installation-service';
import { readHistory } from './change-history';
import { forgetRecord } from './record-cache';
import { showOnTabs } from './toolbar-badge';
import { undoChange } from './undo-change';
import {
  EntryRef,
  PageRequest,
  SaveTokenRequest,
  StatusRequest,
  TokenRef,
} from './message-schemas';
import { onMessage } from './messages';
import { classifySender, type Self, type SenderInfo } from './sender-policy';
import { listTokens, removeToken } from './token-vault';
import type { z } from './zod';

class RefusedMessage extends Error {
  override name = 'RefusedMessage';
}

function selfOf(): Self {
  return {
    id: browser.runtime.id,
    origin: new URL(browser.runtime.getURL('/')).origin,
  };
}

/** Refuses any sender that is not one of the extension's own pages. */
function requireExtensionPage(sender: SenderInfo): void {
  if (classifySender(sender, selfOf())?.role !== 'extension-page') {
    throw new RefusedMessage('Only the extension’s own pages may do this.');
  }
}

function parse<T>(schema: z.ZodMiniType<T>, data: unknown): T {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new RefusedMessage('Malformed message.');

  return parsed.data;
}

/**
 * Runs `act` for the dashboard page named in a message. Extension pages may
 * name any page; a content script only the page it runs on.
 */
async function forPage(
  sender: SenderInfo,
  pageUrl: string,
  act: (page: DashboardPage) => Promise<InstallationView>,
): Promise<InstallationView> {
  const role = classifySender(sender, selfOf());
  if (!role) throw new RefusedMessage('Unknown sender.');

  const page = readDashboardPage(pageUrl);
  if (!page) throw new RefusedMessage('Not an Ada integration page.');

  if (role.role === 'content-script' && !samePage(role.page, page)) {
    return {
      state: 'failed',
      page,
      failure: failure('not-allowed', page.instance.host),
    };
  }

  const view = await act(page);
  // Every answer refreshes the toolbar badge, so the badge never needs a
  // request of its own.
  void showOnTabs(page, view);

  return role.role === 'content-script' ? withoutConfiguration(view) : view;
}

// The in-page control needs the status only; the configuration may hold
// the customer's secrets, so it never enters the dashboard's process.
function withoutConfiguration(view: InstallationView): InstallationView {
  if (view.state !== 'ready') return view;

  const { configuration: _hidden, ...record } = view.record;

  return { ...view, record };
}

/** Wires every message the background answers. */
export function registerMessageHandlers(): void {
  onMessage('getInstallation', ({ data, sender }) => {
    const { pageUrl } = parse(PageRequest, data);

    return forPage(sender, pageUrl, readInstallation);
  });

  onMessage('setStatus', ({ data, sender }) => {
    const request = parse(StatusRequest, data);

    return forPage(sender, request.pageUrl, (page) =>
      changeStatus(page, request),
    );
  });

  onMessage('saveToken', ({ data, sender }) => {
    requireExtensionPage(sender);
    const request = parse(SaveTokenRequest, data);

    return forPage(sender, request.pageUrl, (page) =>
      storeToken(page, request.token),
    );
  });

  onMessage('listTokens', ({ sender }) => {
    requireExtensionPage(sender);

    return listTokens();
  });

  onMessage('removeToken', async ({ data, sender }) => {
    requireExtensionPage(sender);
    const { host, integrationId } = parse(TokenRef, data);
    const page = pageOf(host, integrationId);
    if (!page) throw new RefusedMessage('Not an Ada host.');

    await removeToken(host, integrationId);
    await forgetRecord(page);
  });

  onMessage('listHistory', ({ sender }) => {
    requireExtensionPage(sender);

    return readHistory();
  });

  onMessage('undoChange', ({ data, sender }) => {
    requireExtensionPage(sender);
    const { id } = parse(EntryRef, data);

    return undoChange(id);
  });

  onMessage('testToken', ({ data, sender }) => {
    requireExtensionPage(sender);
    const { host, integrationId } = parse(TokenRef, data);
    const page = pageOf(host, integrationId);
    if (!page) throw new RefusedMessage('Not an Ada host.');

    return testStoredToken(page);
  });
}
