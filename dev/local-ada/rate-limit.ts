// Ada's per-instance limits. The daily limit (10,000) is left out: no test
// session comes near it.
const LIMITS = [
  { windowMs: 1_000, max: 10 },
  { windowMs: 60_000, max: 100 },
];
const LONGEST_WINDOW_MS = 60_000;

export interface RateLimiter {
  /** Counts the request and says whether it may go on. */
  allow(host: string): boolean;
  clear(): void;
}

/**
 * Sliding windows over a log of accepted requests per host. Only accepted
 * requests are logged, so a client that backs off gets through once the
 * window slides, however often it was refused meanwhile.
 */
export function createRateLimiter(now = () => Date.now()): RateLimiter {
  const logs = new Map<string, number[]>();

  return {
    allow(host) {
      const time = now();
      const log = (logs.get(host) ?? []).filter(
        (t) => time - t < LONGEST_WINDOW_MS,
      );
      logs.set(host, log);

      const over = LIMITS.some(
        ({ windowMs, max }) =>
          log.filter((t) => time - t < windowMs).length >= max,
      );
      if (over) return false;

      log.push(time);
      return true;
    },
    clear() {
      logs.clear();
    },
  };
}
