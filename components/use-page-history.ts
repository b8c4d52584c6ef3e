import { useEffect, useState } from 'preact/hooks';
import {
  type ChangeEntry,
  historyItem,
  parseHistory,
} from '@/lib/change-history';
import type { DashboardPage } from '@/lib/dashboard-page';

/** The page's recorded changes, newest first, kept live from storage. */
export function usePageHistory(page: DashboardPage | undefined): ChangeEntry[] {
  const [entries, setEntries] = useState<ChangeEntry[]>([]);
  const host = page?.instance.host;
  const integrationId = page?.integrationId;

  useEffect(() => {
    if (!host) return;

    const show = (raw: unknown) =>
      setEntries(
        parseHistory(raw).filter(
          (entry) =>
            entry.host === host && entry.integrationId === integrationId,
        ),
      );
    void historyItem.getValue().then(show);

    return historyItem.watch(show);
  }, [host, integrationId]);

  return entries;
}
