import type { ChangeEntry } from '@/lib/change-history';
import { formatAdaDate } from '@/lib/format-date';
import { type MessageKey, t } from '@/lib/i18n';
import { SETTABLE_STATUSES } from '@/lib/installation';
import { statusWord } from '@/lib/status-words';

interface Props {
  entries: ChangeEntry[];
  onUndo: (entry: ChangeEntry) => void;
}

const OUTCOMES: Record<ChangeEntry['outcome'], MessageKey> = {
  pending: 'outcomePending',
  done: 'outcomeDone',
  failed: 'outcomeFailed',
};

function canUndo(entry: ChangeEntry): boolean {
  return (
    entry.outcome === 'done' &&
    SETTABLE_STATUSES.some((status) => status === entry.from) &&
    entry.from !== entry.to
  );
}

function downloadJson(entries: ChangeEntry[]): void {
  const blob = new Blob([JSON.stringify(entries, null, 2)], {
    type: 'application/json',
  });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `ada-status-history-${new Date().toISOString().slice(0, 10)}.json`;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Every recorded status change, exportable, each undoable once done. */
export function HistoryTable({ entries, onUndo }: Props) {
  return (
    <section data-testid="history">
      <h2>{t('historyHeading')}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t('historyEmpty')}</p>
      ) : (
        <>
          <button type="button" onClick={() => downloadJson(entries)}>
            {t('exportJson')}
          </button>
          <table>
            <thead>
              <tr>
                <th>{t('labelWhen')}</th>
                <th>{t('labelInstance')}</th>
                <th>{t('labelInstallation')}</th>
                <th>{t('labelChange')}</th>
                <th>{t('labelOutcome')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-testid="history-row">
                  <td>
                    {formatAdaDate(new Date(entry.startedAt).toISOString())}
                  </td>
                  <td>{entry.host}</td>
                  <td>
                    <code>{entry.installationId}</code>
                  </td>
                  <td>
                    {t('statusChange', [
                      entry.from === null ? '?' : statusWord(entry.from),
                      statusWord(entry.to),
                    ])}
                  </td>
                  <td data-outcome={entry.outcome}>
                    {t(OUTCOMES[entry.outcome])}
                    {entry.reconciled
                      ? ` ${t('checkedAfterInterruption')}`
                      : ''}
                    {entry.error ? (
                      <span class="muted"> {entry.error}</span>
                    ) : null}
                  </td>
                  <td>
                    {canUndo(entry) ? (
                      <button type="button" onClick={() => onUndo(entry)}>
                        {t('undo')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
