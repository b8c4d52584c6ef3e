import { useEffect, useState } from 'preact/hooks';
import { readDashboardPage } from '@/lib/dashboard-page';
import { requestAdaAccess } from '@/lib/host-access';
import type { Installation, SettableStatus } from '@/lib/installation';
import type { InstallationView } from '@/lib/installation-view';
import { sendMessage } from '@/lib/messages';
import { FailureNotice } from './FailureNotice';
import { InstallationCard } from './InstallationCard';
import { InstanceHeader } from './InstanceHeader';
import { NotAdaPage } from './NotAdaPage';
import { TokenForm } from './TokenForm';

interface Props {
  /** Resolves the URL of the tab the popup acts for. */
  targetUrl: () => Promise<string | undefined>;
}

type Busy = { kind: 'status'; status: SettableStatus } | { kind: 'token' };

const BROKEN = {
  kind: 'not-allowed',
  message: 'The extension could not complete this request.',
  nextStep: 'Close and reopen the popup; if it persists, reload the extension.',
} as const;

export function PopupApp({ targetUrl }: Props) {
  const [pageUrl, setPageUrl] = useState<string | null | undefined>(null);
  const [view, setView] = useState<InstallationView>();
  // Kept across a failed change, so the partner still sees the record.
  const [record, setRecord] = useState<Installation>();
  const [busy, setBusy] = useState<Busy>();
  const page = pageUrl ? readDashboardPage(pageUrl) : undefined;

  const run = async (
    next: Busy | undefined,
    ask: () => Promise<InstallationView>,
  ) => {
    setBusy(next);
    try {
      const next = await ask();
      setView(next);
      if (next.state === 'ready') setRecord(next.record);
      if (next.state === 'no-token') setRecord(undefined);
    } catch {
      if (page) setView({ state: 'failed', page, failure: BROKEN });
    } finally {
      setBusy(undefined);
    }
  };

  useEffect(() => {
    targetUrl().then(setPageUrl, () => setPageUrl(undefined));
  }, [targetUrl]);

  useEffect(() => {
    if (!pageUrl || !page) return;

    void run(undefined, () => sendMessage('getInstallation', { pageUrl }));
  }, [pageUrl]);

  if (pageUrl === null) return <p class="muted">Reading the current tab…</p>;
  if (!pageUrl || !page) return <NotAdaPage onPick={setPageUrl} />;

  const saveToken = (token: string) =>
    run({ kind: 'token' }, () => sendMessage('saveToken', { pageUrl, token }));
  const setStatus = (status: SettableStatus, installationId: string) =>
    run({ kind: 'status', status }, () =>
      sendMessage('setStatus', { pageUrl, installationId, status }),
    );

  return (
    <>
      <InstanceHeader page={page} />
      {!view ? (
        <p class="muted" data-testid="loading">
          Loading installation…
        </p>
      ) : null}
      {view?.state === 'no-token' ? (
        <TokenForm
          host={page.instance.host}
          busy={busy?.kind === 'token'}
          onSave={saveToken}
        />
      ) : null}
      {view?.state === 'failed' ? (
        <>
          <FailureNotice failure={view.failure} />
          {view.failure.kind === 'no-access' ? (
            <button
              type="button"
              class="primary"
              data-action="grant-access"
              onClick={() =>
                void run(undefined, async () => {
                  await requestAdaAccess();
                  return sendMessage('getInstallation', { pageUrl });
                })
              }
            >
              Allow access to Ada dashboards
            </button>
          ) : null}
          {view.failure.kind === 'unauthorized' ||
          view.failure.kind === 'forbidden' ? (
            <TokenForm
              host={page.instance.host}
              busy={busy?.kind === 'token'}
              onSave={saveToken}
              label="Replace token"
            />
          ) : null}
        </>
      ) : null}
      {record && view?.state !== 'no-token' ? (
        <InstallationCard
          record={record}
          pending={busy?.kind === 'status' ? busy.status : undefined}
          onSetStatus={(status) => setStatus(status, record.id ?? '')}
        />
      ) : null}
      <footer>
        <button
          type="button"
          class="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          Manage tokens
        </button>
      </footer>
    </>
  );
}
