import { browser } from 'wxt/browser';
import { requestAdaAccess } from '@/lib/host-access';
import { t } from '@/lib/i18n';
import { timeAgo } from '@/lib/relative-time';
import { CopyActions } from './CopyActions';
import { FailureNotice } from './FailureNotice';
import { InstallationCard } from './InstallationCard';
import { InstanceHeader } from './InstanceHeader';
import { NotAdaPage } from './NotAdaPage';
import { RecentChanges } from './RecentChanges';
import { TokenForm } from './TokenForm';
import { usePageHistory } from './use-page-history';
import { usePopup } from './use-popup';

interface Props {
  /** Resolves the URL of the tab the popup acts for. */
  targetUrl: () => Promise<string | undefined>;
}

/** The popup, in one main landmark whatever it shows. */
export function PopupApp(props: Props) {
  return (
    <main>
      <PopupView {...props} />
    </main>
  );
}

function PopupView({ targetUrl }: Props) {
  const popup = usePopup(targetUrl);
  const history = usePageHistory(popup.page);
  const { page, view, record, busy, blocked } = popup;

  if (popup.pageUrl === null) {
    return <p class="muted">{t('readingTab')}</p>;
  }

  if (!page && popup.accessNeeded) {
    return (
      <section class="card">
        <h1>{t('extName')}</h1>
        <p data-testid="access-needed">{t('accessNeeded')}</p>
        <button
          type="button"
          class="primary"
          data-action="grant-access"
          onClick={() => void popup.grantAndRetarget()}
        >
          {t('grantAccess')}
        </button>
      </section>
    );
  }

  if (!page) return <NotAdaPage onPick={popup.setPageUrl} />;

  const failure = view?.state === 'failed' ? view.failure : undefined;
  const tokenIsBad =
    failure?.kind === 'unauthorized' || failure?.kind === 'forbidden';
  const retrying = history.find(
    (entry) => entry.outcome === 'pending' && (entry.attempt ?? 1) > 1,
  );
  const tokenAddedAt =
    view && view.state !== 'no-token' ? view.tokenAddedAt : undefined;

  return (
    <>
      <InstanceHeader page={page} />
      {!view && !record ? (
        <p class="muted" data-testid="loading">
          {t('loadingInstallation')}
        </p>
      ) : null}
      {popup.refreshing && record ? (
        <p class="muted" role="status" data-testid="refreshing">
          {t('refreshing')}
        </p>
      ) : null}
      {view?.state === 'no-token' ? (
        <TokenForm
          host={page.instance.host}
          busy={busy?.kind === 'token'}
          onSave={popup.saveToken}
        />
      ) : null}
      {failure ? <FailureNotice failure={failure} /> : null}
      {failure?.kind === 'no-access' ? (
        <button
          type="button"
          class="primary"
          data-action="grant-access"
          onClick={() => void popup.grantAndReload(requestAdaAccess)}
        >
          {t('grantAccess')}
        </button>
      ) : null}
      {tokenIsBad ? (
        <TokenForm
          host={page.instance.host}
          busy={busy?.kind === 'token'}
          onSave={popup.saveToken}
          label={t('replaceToken')}
        />
      ) : null}
      {blocked && view?.state === 'ready' ? (
        <button
          type="button"
          class="primary"
          data-action="retry-change"
          onClick={() => void popup.setStatus(blocked)}
        >
          {blocked.status === 'complete'
            ? t('retryMarkComplete')
            : t('retryMarkIncomplete')}
        </button>
      ) : null}
      {record && view?.state !== 'no-token' ? (
        <InstallationCard
          record={record}
          pending={busy?.kind === 'status' ? busy.status : undefined}
          progress={
            retrying
              ? t('retryingProgress', [
                  retrying.attempt ?? '?',
                  retrying.attempts ?? '?',
                ])
              : undefined
          }
          onSetStatus={(status) =>
            void popup.setStatus({ installationId: record.id ?? '', status })
          }
        />
      ) : null}
      {record && view?.state !== 'no-token' ? (
        <CopyActions page={page} record={record} />
      ) : null}
      <RecentChanges entries={history} />
      <footer>
        {tokenAddedAt ? (
          <span class="muted" data-testid="token-age">
            {t('tokenAddedAgo', timeAgo(tokenAddedAt))}{' '}
          </span>
        ) : null}
        <button
          type="button"
          class="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('manageTokens')}
        </button>
      </footer>
    </>
  );
}
