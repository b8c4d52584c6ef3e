import { useState } from 'preact/hooks';
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

const STATUS_LABELS: Record<StatusFilter, string> = {
  all: 'All statuses',
  complete: 'Complete',
  incomplete: 'Incomplete',
  unknown: 'Unknown',
  error: 'Could not load',
};

function isStatusFilter(value: string): value is StatusFilter {
  return STATUS_FILTERS.some((known) => known === value);
}

function Progress({ progress }: { progress?: BulkProgress }) {
  return (
    <p class="overview-progress" role="status" data-testid="bulk-progress">
      {progress ? `${progress.settled} of ${progress.total} done` : null}
      {progress && progress.failed > 0 ? (
        <span class="field-error">{` ${progress.failed} failed`}</span>
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
        Filter
        <input
          name="overview-filter"
          type="search"
          placeholder="Handle, host, integration or installation id"
          value={filter.text}
          onInput={(event) =>
            onFilter({ ...filter, text: event.currentTarget.value })
          }
        />
      </label>
      <label>
        Status
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
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </label>
      <div class="actions">
        <span class="muted">{`${selectedCount} selected`}</span>
        <button
          type="button"
          data-action="bulk-complete"
          disabled={running || selectedCount === 0}
          onClick={() => props.onBulk('complete')}
        >
          Mark selected complete
        </button>
        <button
          type="button"
          data-action="bulk-incomplete"
          disabled={running || selectedCount === 0}
          onClick={() => setConfirming(true)}
        >
          Mark selected incomplete
        </button>
        <button
          type="button"
          disabled={running || props.loading}
          onClick={props.onReload}
        >
          Reload statuses
        </button>
      </div>
      {confirming && selectedCount > 0 && !running ? (
        <div class="confirm" role="alertdialog" aria-label="Confirm revert">
          <p>{`Set ${selectedCount} selected installations to incomplete?`}</p>
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
            Yes, mark incomplete
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
      <Progress progress={progress} />
    </div>
  );
}
