import { useEffect, useState } from 'preact/hooks';
import { readDashboardPage } from '@/lib/dashboard-page';
import type { Failure } from '@/lib/failure';
import { t } from '@/lib/i18n';
import type { Installation, SettableStatus } from '@/lib/installation';
import type { InstallationView } from '@/lib/installation-view';
import { sendMessage } from '@/lib/messages';
import { hasAdaAccess, requestAdaAccess } from '@/lib/host-access';
import { cachedRecord } from '@/lib/record-cache';

export type Busy =
  { kind: 'status'; status: SettableStatus } | { kind: 'token' };

interface Change {
  installationId: string;
  status: SettableStatus;
}

// Said when the background does not answer at all.
function broken(): Failure {
  return {
    kind: 'not-allowed',
    message: t('popupBrokenMessage'),
    nextStep: t('popupBrokenNextStep'),
  };
}

/**
 * The popup's state: which page it acts for, the record (painted from the
 * cache at once, then refreshed from Ada), and the actions on it.
 */
export function usePopup(targetUrl: () => Promise<string | undefined>) {
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(null);
  const [view, setView] = useState<InstallationView>();
  // Kept across a failed change, so the partner still sees the record.
  const [record, setRecord] = useState<Installation>();
  const [refreshing, setRefreshing] = useState(false);
  const [busy, setBusy] = useState<Busy>();
  // A change refused for its token, to retry once the token is replaced.
  const [blocked, setBlocked] = useState<Change>();
  const page = pageUrl ? readDashboardPage(pageUrl) : undefined;

  const run = async (
    next: Busy | undefined,
    ask: () => Promise<InstallationView>,
  ): Promise<InstallationView | undefined> => {
    setBusy(next);
    try {
      const answer = await ask();
      setView(answer);
      if (answer.state === 'ready') setRecord(answer.record);
      if (answer.state === 'no-token') setRecord(undefined);
      return answer;
    } catch {
      if (page) setView({ state: 'failed', page, failure: broken() });
      return undefined;
    } finally {
      setBusy(undefined);
      setRefreshing(false);
    }
  };

  // Without the host permission (Firefox lets users withhold it) the tab's
  // URL is unreadable, so "not an Ada page" would be a guess.
  const [accessNeeded, setAccessNeeded] = useState(false);
  const resolveTarget = async () => {
    const url = await targetUrl().catch(() => undefined);
    setAccessNeeded(url === undefined && !(await hasAdaAccess()));
    setPageUrl(url);
  };

  useEffect(() => {
    void resolveTarget();
  }, [targetUrl]);

  const grantAndRetarget = async () => {
    if (await requestAdaAccess()) await resolveTarget();
  };

  useEffect(() => {
    if (!pageUrl || !page) return;

    setRefreshing(true);
    void cachedRecord(page).then((cached) => {
      // Only until Ada's own answer arrives.
      if (cached) setRecord((current) => current ?? cached.record);
    });
    void run(undefined, () => sendMessage('getInstallation', { pageUrl }));
  }, [pageUrl]);

  const setStatus = async (change: Change) => {
    if (!pageUrl) return;

    const answer = await run({ kind: 'status', status: change.status }, () =>
      sendMessage('setStatus', {
        pageUrl,
        ...change,
        from: record?.status ?? null,
      }),
    );
    const kind = answer?.state === 'failed' ? answer.failure.kind : undefined;
    setBlocked(
      kind === 'unauthorized' || kind === 'forbidden' ? change : undefined,
    );
  };

  const saveToken = (token: string) =>
    pageUrl
      ? run({ kind: 'token' }, () =>
          sendMessage('saveToken', { pageUrl, token }),
        )
      : undefined;

  const grantAndReload = (grant: () => Promise<boolean>) =>
    pageUrl
      ? run(undefined, async () => {
          await grant();
          return sendMessage('getInstallation', { pageUrl });
        })
      : undefined;

  return {
    pageUrl,
    page,
    accessNeeded,
    grantAndRetarget,
    view,
    record,
    refreshing,
    busy,
    blocked,
    setPageUrl,
    setStatus,
    saveToken,
    grantAndReload,
  };
}
