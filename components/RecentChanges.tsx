import type { ChangeEntry } from '@/lib/change-history';
import { formatAdaDate } from '@/lib/format-date';
import { type MessageKey, t } from '@/lib/i18n';
import { statusWord } from '@/lib/status-words';

const OUTCOME_WORDS: Record<ChangeEntry['outcome'], MessageKey> = {
  pending: 'outcomeInProgress',
  done: 'outcomeDone',
  failed: 'outcomeFailed',
};

function changeOf(entry: ChangeEntry): string {
  return t('statusChange', [
    entry.from === null ? '?' : statusWord(entry.from),
    statusWord(entry.to),
  ]);
}

/** The last few changes of this installation and how each ended. */
export function RecentChanges({ entries }: { entries: ChangeEntry[] }) {
  if (entries.length === 0) return null;

  return (
    <section class="recent" data-testid="recent-changes">
      <h2>{t('recentHeading')}</h2>
      <ul>
        {entries.slice(0, 3).map((entry) => (
          <li key={entry.id} data-outcome={entry.outcome}>
            {t('recentChange', [
              changeOf(entry),
              formatAdaDate(new Date(entry.startedAt).toISOString()),
            ])}{' '}
            <strong>{t(OUTCOME_WORDS[entry.outcome])}</strong>
            {entry.reconciled ? ` ${t('checkedAfterInterruption')}` : ''}
            {entry.error ? <span class="muted"> {entry.error}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
