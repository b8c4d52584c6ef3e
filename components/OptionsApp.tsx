import { useEffect, useState } from 'preact/hooks';
import { dashboardUrl, readDashboardPage } from '@/lib/dashboard-page';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messages';
import { statusWord } from '@/lib/status-words';
import type { TokenSummary } from '@/lib/token-vault';
import { HistoryTable } from './HistoryTable';
import { Overview } from './Overview';
import { type OptionsTab, OverviewTabs, panelId, tabId } from './OverviewTabs';
import { TokenRow } from './TokenRow';
import {
  type ChangeEntry,
  historyItem,
  parseHistory,
} from '@/lib/change-history';

function pageUrlOf(entry: TokenSummary): string {
  return `https://${entry.host}/platform/integrations/${entry.integrationId}`;
}

interface Props {
  initialTab?: OptionsTab;
  onTabChange?: (tab: OptionsTab) => void;
}

/**
 * The options page: the installations overview, and the token vault with
 * the change history.
 */
export function OptionsApp({ initialTab = 'tokens', onTabChange }: Props) {
  const [tab, setTab] = useState(initialTab);
  // The overview reads every installation from Ada, so it starts only when
  // first shown, then stays mounted to keep its results and selection.
  const [overviewOpened, setOverviewOpened] = useState(tab === 'overview');
  const [tokens, setTokens] = useState<TokenSummary[]>();
  const [url, setUrl] = useState('');
  const [token, setToken] = useState('');
  const [message, setMessage] = useState<string>();
  const [history, setHistory] = useState<ChangeEntry[]>([]);

  const refresh = async () => setTokens(await sendMessage('listTokens'));

  useEffect(() => {
    const show = (raw: unknown) => setHistory(parseHistory(raw));
    void historyItem.getValue().then(show);

    return historyItem.watch(show);
  }, []);

  const undo = async (entry: ChangeEntry) => {
    const view = await sendMessage('undoChange', { id: entry.id });
    setMessage(
      view?.state === 'ready'
        ? t('undoneTo', [
            entry.host,
            view.record.status
              ? statusWord(view.record.status)
              : t('statusWordUnknown'),
          ])
        : view?.state === 'failed'
          ? `${view.failure.message} ${view.failure.nextStep}`
          : t('cannotUndo'),
    );
  };

  useEffect(() => {
    void refresh();
  }, []);

  const save = async (pageUrl: string, value: string) => {
    const view = await sendMessage('saveToken', { pageUrl, token: value });
    setMessage(
      view.state === 'failed'
        ? `${view.failure.message} ${view.failure.nextStep}`
        : t('savedFor', view.page.instance.host),
    );
    await refresh();
  };

  const select = (next: OptionsTab) => {
    setTab(next);
    if (next === 'overview') setOverviewOpened(true);
    onTabChange?.(next);
  };

  return (
    <main>
      <h1>{t('extName')}</h1>
      <OverviewTabs active={tab} onSelect={select} />
      <div
        role="tabpanel"
        id={panelId('overview')}
        aria-labelledby={tabId('overview')}
        hidden={tab !== 'overview'}
      >
        {overviewOpened && tokens ? (
          <Overview
            tokens={tokens}
            history={history}
            onAddToken={() => select('tokens')}
          />
        ) : (
          <p class="muted">{t('loading')}</p>
        )}
      </div>
      <div
        role="tabpanel"
        id={panelId('tokens')}
        aria-labelledby={tabId('tokens')}
        hidden={tab !== 'tokens'}
      >
        <p class="muted">{t('tokensPrivacy')}</p>
        {tokens === undefined ? <p class="muted">{t('loading')}</p> : null}
        {tokens?.length === 0 ? (
          <p data-testid="no-tokens">{t('noTokens')}</p>
        ) : null}
        {tokens && tokens.length > 0 ? (
          <table>
            <thead>
              <tr>
                <th>{t('labelInstance')}</th>
                <th>{t('labelIntegration')}</th>
                <th>{t('labelToken')}</th>
                <th>{t('labelAdded')}</th>
                <th>{t('labelActions')}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((entry) => (
                <TokenRow
                  key={`${entry.host} ${entry.integrationId}`}
                  entry={entry}
                  onTest={() => sendMessage('testToken', entry)}
                  onReplace={(value) => save(pageUrlOf(entry), value)}
                  onRemove={async () => {
                    await sendMessage('removeToken', entry);
                    await refresh();
                  }}
                />
              ))}
            </tbody>
          </table>
        ) : null}
        <h2>{t('addToken')}</h2>
        <form
          data-testid="add-token"
          onSubmit={(event) => {
            event.preventDefault();
            const page = readDashboardPage(url.trim());
            if (!page) {
              setMessage(t('pasteDashboardUrl'));
              return;
            }

            void save(dashboardUrl(page), token).then(() => setToken(''));
          }}
        >
          <label>
            {t('dashboardUrlOfIntegration')}
            <input
              name="dashboard-url"
              type="url"
              placeholder="https://acme.ada.support/platform/integrations/…"
              value={url}
              onInput={(event) => setUrl(event.currentTarget.value)}
            />
          </label>
          <label>
            {t('accessToken')}
            <input
              name="token"
              type="password"
              autocomplete="off"
              value={token}
              onInput={(event) => setToken(event.currentTarget.value)}
            />
          </label>
          <button type="submit" class="primary">
            {t('saveToken')}
          </button>
        </form>
        {message ? (
          <p role="status" data-testid="options-message">
            {message}
          </p>
        ) : null}
        <HistoryTable entries={history} onUndo={(entry) => void undo(entry)} />
      </div>
    </main>
  );
}
