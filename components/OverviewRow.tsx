import type { ChangeEntry } from '@/lib/change-history';
import { type MessageKey, t } from '@/lib/i18n';
import type { RowLoad } from '@/lib/overview-load';
import type { OverviewRow as Row } from '@/lib/overview-rows';
import { timeAgo } from '@/lib/relative-time';
import { statusWord } from '@/lib/status-words';
import type { RowResult } from './overview-bulk';
import { StatusBadge } from './StatusBadge';

interface Props {
  row: Row;
  load: RowLoad;
  lastChange?: ChangeEntry;
  result?: RowResult;
  selected: boolean;
  onSelect: (selected: boolean) => void;
}

const OUTCOMES: Record<ChangeEntry['outcome'], MessageKey> = {
  pending: 'outcomePendingLabel',
  done: 'outcomeDoneLabel',
  failed: 'outcomeFailedLabel',
};

function StatusCell({ load }: { load: RowLoad }) {
  if (load.state === 'loading') {
    return (
      <td data-testid="overview-status" aria-busy="true" class="muted">
        {t('loading')}
      </td>
    );
  }

  if (load.state === 'failed') {
    return (
      <td data-testid="overview-status" class="field-error">
        <span title={load.nextStep}>{load.message}</span>
      </td>
    );
  }

  return (
    <td data-testid="overview-status">
      <StatusBadge status={load.status} />
    </td>
  );
}

function LastChange({ entry }: { entry?: ChangeEntry }) {
  if (!entry) return <span class="muted">—</span>;

  return (
    <>
      <span>
        {t('statusChange', [
          entry.from === null ? '?' : statusWord(entry.from),
          statusWord(entry.to),
        ])}
      </span>{' '}
      <span data-outcome={entry.outcome}>{t(OUTCOMES[entry.outcome])}</span>{' '}
      <span class="muted">{timeAgo(entry.startedAt)}</span>
      {entry.error ? <span class="muted"> {entry.error}</span> : null}
    </>
  );
}

function resultText(result: RowResult): string {
  switch (result.state) {
    case 'waiting':
      return t('resultWaiting');
    case 'saving':
      return t('saving');
    case 'done':
      return t('outcomeDoneLabel');
    case 'failed':
      return result.message;
  }
}

/** One installation: where it is, its status, and its latest change. */
export function OverviewRow(props: Props) {
  const { row, load, lastChange, result, selected, onSelect } = props;
  const selectable = load.state === 'ready' && load.installationId;

  return (
    <tr
      data-testid="overview-row"
      data-host={row.host}
      data-integration-id={row.integrationId}
      data-state={load.state}
    >
      <td>
        <input
          type="checkbox"
          name="select-row"
          aria-label={t('selectRow', [row.integrationId, row.host])}
          checked={selected}
          disabled={!selectable}
          onChange={(event) => onSelect(event.currentTarget.checked)}
        />
      </td>
      <td title={row.host}>
        <span class="overview-handle">{row.handle}</span>
        {row.region ? <span class="region">{row.region}</span> : null}
      </td>
      <td>
        <code>{row.integrationId}</code>
      </td>
      <td>
        {load.state === 'ready' && load.installationId ? (
          <code>{load.installationId}</code>
        ) : (
          <span class="muted">—</span>
        )}
      </td>
      <StatusCell load={load} />
      <td>
        <LastChange entry={lastChange} />
      </td>
      <td>{timeAgo(row.tokenAddedAt)}</td>
      <td>
        {row.pageUrl ? (
          <a href={row.pageUrl} target="_blank" rel="noopener">
            {t('openDashboard')}
          </a>
        ) : null}
      </td>
      <td
        data-testid="overview-result"
        data-result={result?.state}
        class={result?.state === 'failed' ? 'field-error' : undefined}
      >
        {result ? resultText(result) : null}
      </td>
    </tr>
  );
}
