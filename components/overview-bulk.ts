import { useState } from 'preact/hooks';
import type { SettableStatus } from '@/lib/installation';
import { createLogger } from '@/lib/log';
import { sendMessage } from '@/lib/messages';
import { noAnswer, notAda, type RowLoad, rowLoadOf } from '@/lib/overview-load';
import type { OverviewRow } from '@/lib/overview-rows';
import { type HostQueue, runPerHost } from '@/lib/overview-schedule';

const log = createLogger('overview');

export type RowResult =
  | { state: 'waiting' }
  | { state: 'saving' }
  | { state: 'done' }
  | { state: 'failed'; message: string; nextStep?: string };

export interface BulkTarget {
  row: OverviewRow;
  installationId: string;
  /** The status the partner saw, for the history and its undo. */
  from?: string;
}

export interface BulkProgress {
  settled: number;
  failed: number;
  total: number;
}

async function changeRow(
  { row, installationId, from }: BulkTarget,
  status: SettableStatus,
): Promise<RowLoad> {
  if (!row.pageUrl) return notAda();

  try {
    const view = await sendMessage('setStatus', {
      pageUrl: row.pageUrl,
      installationId,
      status,
      from: from ?? null,
    });

    return rowLoadOf(view);
  } catch (error) {
    log.warn('changing', row.host, error);

    return noAnswer();
  }
}

/**
 * Sets one status on many installations through `queue`, keeping a result
 * per row; `onRead` receives each record Ada answers.
 */
export function useBulkChange(
  queue: HostQueue,
  onRead: (key: string, load: RowLoad) => void,
) {
  const [results, setResults] = useState<ReadonlyMap<string, RowResult>>(
    () => new Map(),
  );
  const [progress, setProgress] = useState<BulkProgress>();

  const setResult = (key: string, result: RowResult) =>
    setResults((previous) => new Map(previous).set(key, result));

  const settle = (failed: boolean) =>
    setProgress(
      (previous) =>
        previous && {
          ...previous,
          settled: previous.settled + 1,
          failed: previous.failed + (failed ? 1 : 0),
        },
    );

  const change = async (targets: BulkTarget[], status: SettableStatus) => {
    setResults(
      new Map(targets.map(({ row }) => [row.key, { state: 'waiting' }])),
    );
    setProgress({ settled: 0, failed: 0, total: targets.length });

    await runPerHost(
      targets,
      ({ row }) => row.host,
      async (target) => {
        setResult(target.row.key, { state: 'saving' });
        const answer = await changeRow(target, status);

        setResult(
          target.row.key,
          answer.state === 'failed' ? answer : { state: 'done' },
        );
        if (answer.state === 'ready') onRead(target.row.key, answer);
        settle(answer.state === 'failed');
      },
      { queue },
    );
  };

  const running = progress !== undefined && progress.settled < progress.total;

  return { results, progress, running, change };
}
