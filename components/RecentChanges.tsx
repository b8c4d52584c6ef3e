import type { ChangeEntry } from '@/lib/change-history';
import { formatAdaDate } from '@/lib/format-date';

const OUTCOME_WORDS = {
  pending: 'in progress',
  done: 'done',
  failed: 'failed',
} as const;

/** The last few changes of this installation and how each ended. */
export function RecentChanges({ entries }: { entries: ChangeEntry[] }) {
  if (entries.length === 0) return null;

  return (
    <section class="recent" data-testid="recent-changes">
      <h2>Recent changes</h2>
      <ul>
        {entries.slice(0, 3).map((entry) => (
          <li key={entry.id} data-outcome={entry.outcome}>
            {entry.from ?? '?'} → {entry.to},{' '}
            {formatAdaDate(new Date(entry.startedAt).toISOString())}:{' '}
            <strong>{OUTCOME_WORDS[entry.outcome]}</strong>
            {entry.reconciled ? ' (checked after an interruption)' : ''}
            {entry.error ? <span class="muted"> {entry.error}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
