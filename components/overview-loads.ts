import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { createLogger } from '@/lib/log';
import { sendMessage } from '@/lib/messages';
import {
  LOADING,
  noAnswer,
  notAda,
  type RowLoad,
  rowLoadOf,
} from '@/lib/overview-load';
import type { OverviewRow } from '@/lib/overview-rows';
import { type HostQueue, runPerHost } from '@/lib/overview-schedule';

const log = createLogger('overview');

async function readRow(row: OverviewRow): Promise<RowLoad> {
  if (!row.pageUrl) return notAda();

  try {
    const view = await sendMessage('getInstallation', { pageUrl: row.pageUrl });

    return rowLoadOf(view);
  } catch (error) {
    log.warn('reading', row.host, error);

    return noAnswer();
  }
}

/**
 * Each row's installation, read through `queue` as rows appear or their
 * token is replaced; `reload` reads every row again.
 */
export function useOverviewLoads(rows: OverviewRow[], queue: HostQueue) {
  const [loads, setLoads] = useState<ReadonlyMap<string, RowLoad>>(
    () => new Map(),
  );
  // Row key → the token it was read with, so a replaced token is read anew.
  const asked = useRef(new Map<string, number>());
  const [lifetime] = useState(() => new AbortController());

  useEffect(() => () => lifetime.abort(), [lifetime]);

  const setLoad = useCallback(
    (key: string, load: RowLoad) => {
      if (lifetime.signal.aborted) return;

      setLoads((previous) => new Map(previous).set(key, load));
    },
    [lifetime],
  );

  const read = useCallback(
    (targets: OverviewRow[]) => {
      for (const row of targets) asked.current.set(row.key, row.tokenAddedAt);
      setLoads((previous) => {
        const next = new Map(previous);
        for (const row of targets) next.set(row.key, LOADING);

        return next;
      });

      void runPerHost(
        targets,
        (row) => row.host,
        async (row) => setLoad(row.key, await readRow(row)),
        { queue, signal: lifetime.signal },
      );
    },
    [queue, lifetime, setLoad],
  );

  useEffect(() => {
    const unread = rows.filter(
      (row) => asked.current.get(row.key) !== row.tokenAddedAt,
    );
    if (unread.length > 0) read(unread);
  }, [rows, read]);

  return { loads, setLoad, reload: () => read(rows) };
}
