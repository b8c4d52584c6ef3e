import { browser } from 'wxt/browser';
import {
  dashboardUrl,
  type DashboardPage,
  readDashboardPage,
} from './dashboard-page';
import { t } from './i18n';
import type { InstallationView } from './installation-view';
import { cachedRecord } from './record-cache';
import { findToken } from './token-vault';

interface Badge {
  text: string;
  color: string;
  title: string;
}

// The extension's name, then what is known.
function titleOf(detail: string): string {
  return t('badgeTitle', [t('extName'), detail]);
}

/**
 * The toolbar badge for what is known of a page's installation: a symbol
 * and a colour (never the colour alone) and a tooltip in words.
 */
export function badgeFor(
  page: DashboardPage,
  view: InstallationView | { state: 'unknown' },
): Badge {
  const where = [page.instance.handle, page.integrationId];
  if (view.state === 'no-token') {
    return {
      text: '?',
      color: '#6b7280',
      title: titleOf(t('badgeNoToken', where)),
    };
  }

  if (view.state === 'failed') {
    return {
      text: '×',
      color: '#b91c1c',
      title: titleOf(view.failure.message),
    };
  }

  const status = view.state === 'ready' ? view.record.status : undefined;
  if (status === 'complete') {
    return {
      text: '✓',
      color: '#15803d',
      title: titleOf(t('badgeComplete', where)),
    };
  }

  if (status === 'incomplete') {
    return {
      text: '!',
      color: '#b45309',
      title: titleOf(t('badgeIncomplete', where)),
    };
  }

  return {
    text: '',
    color: '#6b7280',
    title: titleOf(
      t('badgeOther', [status ?? t('badgeStatusUnknown'), ...where]),
    ),
  };
}

async function paint(tabId: number, badge: Badge | undefined): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badge?.text ?? '' }),
    browser.action.setTitle({ tabId, title: badge?.title ?? t('extName') }),
    ...(badge
      ? [browser.action.setBadgeBackgroundColor({ tabId, color: badge.color })]
      : []),
  ]);
}

/** Shows a fresh answer about a page on every tab that shows that page. */
export async function showOnTabs(
  page: DashboardPage,
  view: InstallationView,
): Promise<void> {
  const tabs = await browser.tabs.query({ url: `${dashboardUrl(page)}*` });
  const badge = badgeFor(page, view);
  await Promise.all(
    tabs.flatMap((tab) => (tab.id === undefined ? [] : [paint(tab.id, badge)])),
  );
}

/**
 * Paints a tab from what is already known, with no request: the cached
 * record, or whether a token exists. Off integration pages it clears.
 */
export async function showForTab(tabId: number, url: string | undefined) {
  const page = url ? readDashboardPage(url) : undefined;
  if (!page) return paint(tabId, undefined);

  const cached = await cachedRecord(page);
  if (cached) {
    return paint(
      tabId,
      badgeFor(page, {
        state: 'ready',
        page,
        record: cached.record,
        tokenAddedAt: 0,
      }),
    );
  }

  const token = await findToken(page);

  return paint(
    tabId,
    badgeFor(page, token ? { state: 'unknown' } : { state: 'no-token', page }),
  );
}

/** Follows tabs as they load or navigate inside the dashboard SPA. */
export function watchTabs(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url === undefined && change.status !== 'complete') return;

    void showForTab(tabId, tab.url);
  });
}
