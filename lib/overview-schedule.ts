/**
 * Runs tasks one at a time per Ada host and in parallel across hosts. One
 * queue is shared by everything a page sends, so a bulk change never
 * overlaps a status read on the same instance.
 */
export interface HostQueue {
  /**
   * Runs `task` once every task queued earlier for `host` has settled. When
   * `signal` is aborted before its turn, the task is skipped and the
   * promise rejects with the signal's reason.
   */
  run<T>(
    host: string,
    task: () => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T>;
}

export function createHostQueue(): HostQueue {
  const tails = new Map<string, Promise<unknown>>();

  return {
    run(host, task, signal) {
      const turn = async () => {
        signal?.throwIfAborted();

        return task();
      };
      const next = (tails.get(host) ?? Promise.resolve()).then(turn);
      // A failed task must not hold up the next one on the same host.
      tails.set(
        host,
        next.catch(() => undefined),
      );

      return next;
    },
  };
}

/**
 * Runs `task` for every item, one at a time within a host and in parallel
 * across hosts; answers every outcome in the order of `items`. A task that
 * fails affects only its own outcome.
 *
 * @example
 * await runPerHost(rows, (row) => row.host, (row) => load(row));
 */
export function runPerHost<T, R>(
  items: readonly T[],
  hostOf: (item: T) => string,
  task: (item: T) => Promise<R>,
  options: { queue?: HostQueue; signal?: AbortSignal } = {},
): Promise<PromiseSettledResult<R>[]> {
  const queue = options.queue ?? createHostQueue();

  return Promise.allSettled(
    items.map((item) =>
      queue.run(hostOf(item), () => task(item), options.signal),
    ),
  );
}
