import pThrottle from 'p-throttle';

// Ada allows 10 requests a second and 100 a minute per instance. Staying a
// little under both leaves room for the partner's own scripts and for
// requests that arrive closer together than they left.
const PER_SECOND = { limit: 8, interval: 1_000, strict: true };
const PER_MINUTE = { limit: 90, interval: 60_000, strict: true };

const gates = new Map<string, typeof fetch>();

/**
 * A `fetch` that waits its turn for one Ada host, so that every attempt,
 * retries included, stays under that instance's rate limits.
 */
export function gatedFetch(host: string): typeof fetch {
  const existing = gates.get(host);
  if (existing) return existing;

  const perMinute = pThrottle(PER_MINUTE);
  const perSecond = pThrottle(PER_SECOND);
  const gated = perMinute(
    perSecond((input: RequestInfo | URL, init?: RequestInit) =>
      fetch(input, init),
    ),
  );
  gates.set(host, gated);

  return gated;
}
