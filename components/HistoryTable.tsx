import type { ChangeEntry } from '@/lib/change-history';
import { formatAdaDate } from '@/lib/format-date';
import { SETTABLE_STATUSES } from '@/lib/installation';

interface Props {
  entries: ChangeEntry[];
  onUndo: (entry: ChangeEntry) => void;
}

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
      <h2>History</h2>
      {entries.length === 0 ? (
        <p class="muted">No status changes yet.</p>
      ) : (
        <>
          <button type="button" onClick={() => downloadJson(entries)}>
            Export as JSON
          </button>
          <table>
            <thead>
              <tr>
                <th>When</th>
                <th>Instance</th>
                <th>Installation</th>
                <th>Change</th>
                <th>Outcome</th>
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
                    {entry.from ?? '?'} → {entry.to}
                  </td>
                  <td data-outcome={entry.outcome}>
                    {entry.outcome}
                    {entry.reconciled ? ' (checked after an interruption)' : ''}
                    {entry.error ? (
                      <span class="muted"> {entry.error}</span>
                    ) : null}
                  </td>
                  <td>
                    {canUndo(entry) ? (
                      <button type="button" onClick={() => onUndo(entry)}>
                        Undo
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
