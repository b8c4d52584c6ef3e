import { setTimeout as sleep } from 'node:timers/promises';

export interface PollOptions {
  /** What is awaited, for the timeout message: "the popup to render". */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Calls `probe` until it returns something other than undefined. A probe that
 * throws counts as "not yet" (a page still loading throws); the last error
 * becomes the timeout's cause.
 */
export async function pollUntil<T>(
  probe: () => Promise<T | undefined>,
  { what, timeoutMs = 10_000, intervalMs = 50 }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;

  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    await sleep(intervalMs);
  }

  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`, {
    cause: lastError,
  });
}
