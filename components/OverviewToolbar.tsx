import { useState } from 'preact/hooks';
import { type MessageKey, t } from '@/lib/i18n';
import type { SettableStatus } from '@/lib/installation';
import {
  type OverviewFilter,
  STATUS_FILTERS,
  type StatusFilter,
} from '@/lib/overview-filter';
import type { BulkProgress } from './overview-bulk';

interface Props {
  filter: OverviewFilter;
  onFilter: (filter: OverviewFilter) => void;
  selectedCount: number;
  progress?: BulkProgress;
  /** A bulk change is under way. */
  running: boolean;
  /** Some row is still being read. */
  loading: boolean;
  onBulk: (status: SettableStatus) => void;
  onReload: () => void;
}

const STATUS_LABELS: Record<StatusFilter, MessageKey> = {
  all: 'filterAllStatuses',
  complete: 'statusComplete',
  incomplete: 'statusIncomplete',
  unknown: 'filterUnknown',
  error: 'filterError',
};

function isStatusFilter(value: string): value is StatusFilter {
  return STATUS_FILTERS.some((known) => known === value);
}

function Progress({ progress }: { progress?: BulkProgress }) {
  return (
    <p class="overview-progress" role="status" data-testid="bulk-progress">
      {progress ? t('bulkProgress', [progress.settled, progress.total]) : null}
      {progress && progress.failed > 0 ? (
        <span class="field-error">{` ${t('bulkFailed', progress.failed)}`}</span>
      ) : null}
    </p>
  );
}

/** Filters, the bulk actions on the selected rows, and their progress. */
export function OverviewToolbar(props: Props) {
  const { filter, onFilter, selectedCount, progress, running } = props;
  // Marking incomplete may revert finished setups: ask first.
  const [confirming, setConfirming] = useState(false);

  return (
    <div class="overview-toolbar">
      <label>
        {t('filterLabel')}
        <input
          name="overview-filter"
          type="search"
          placeholder={t('filterPlaceholder')}
          value={filter.text}
          onInput={(event) =>
            onFilter({ ...filter, text: event.currentTarget.value })
          }
        />
      </label>
      <label>
        {t('labelStatus')}
        <select
          name="overview-status"
          value={filter.status}
          onChange={(event) => {
            const status = event.currentTarget.value;
            if (isStatusFilter(status)) onFilter({ ...filter, status });
          }}
        >
          {STATUS_FILTERS.map((status) => (
            <option key={status} value={status}>
              {t(STATUS_LABELS[status])}
            </option>
          ))}
        </select>
      </label>
      <div class="actions">
        <span class="muted">{t('selectedCount', selectedCount)}</span>
        <button
          type="button"
          data-action="bulk-complete"
          disabled={running || selectedCount === 0}
          onClick={() => props.onBulk('complete')}
        >
          {t('bulkMarkComplete')}
        </button>
        <button
          type="button"
          data-action="bulk-incomplete"
          disabled={running || selectedCount === 0}
          onClick={() => setConfirming(true)}
        >
          {t('bulkMarkIncomplete')}
        </button>
        <button
          type="button"
          disabled={running || props.loading}
          onClick={props.onReload}
        >
          {t('reloadStatuses')}
        </button>
      </div>
      {confirming && selectedCount > 0 && !running ? (
        <div
          class="confirm"
          role="alertdialog"
          aria-label={t('confirmRevertLabel')}
        >
          <p>{t('bulkConfirmQuestion', selectedCount)}</p>
          <button
            type="button"
            class="primary"
            data-action="confirm-bulk-incomplete"
            ref={(button) => button?.focus()}
            onClick={() => {
              setConfirming(false);
              props.onBulk('incomplete');
            }}
          >
            {t('confirmRevertYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </div>
      ) : null}
      <Progress progress={progress} />
    </div>
  );
}
