import { z } from 'zod';
import type { ExtensionBrowser } from '../harness/browsers';
import { pollUntil } from '../harness/poll';

// The extension's storage, read and written from its background as a test
// fixture: faster than the token form, and the only way to see history
// without a page open.

/** What lib/change-history.ts stores, as this test expects it. */
export const HistoryEntry = z.looseObject({
  id: z.string(),
  host: z.string(),
  integrationId: z.string(),
  installationId: z.string(),
  from: z.string().nullable(),
  to: z.string(),
  startedAt: z.number(),
  finishedAt: z.number().optional(),
  outcome: z.enum(['pending', 'done', 'failed']),
  reconciled: z.boolean().optional(),
  error: z.string().optional(),
  attempt: z.number().optional(),
  attempts: z.number().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export interface TokenFixture {
  host: string;
  integrationId: string;
  token: string;
}

/**
 * Waits until the background has its extension API. Right after a start,
 * an evaluation can land in the worker before `chrome` exists there.
 */
export function untilBackgroundReady(ext: ExtensionBrowser): Promise<true> {
  return pollUntil(
    async () =>
      (await ext.evaluateInBackground(
        () =>
          (Reflect.get(globalThis, 'browser') ??
            Reflect.get(globalThis, 'chrome')) !== undefined,
      ))
        ? true
        : undefined,
    { what: 'the extension API in the background' },
  );
}

/** Empties the extension's storage, then stores the given tokens. */
export async function resetStorage(
  ext: ExtensionBrowser,
  tokens: TokenFixture[] = [],
): Promise<void> {
  await untilBackgroundReady(ext);
  await ext.evaluateInBackground(
    async (entries: TokenFixture[], now: number) => {
      // Chromium's worker has `chrome` (and the polyfill's `browser`);
      // Firefox's background page has `browser`.
      const api =
        Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
      const vault = Object.fromEntries(
        entries.map((entry) => [
          `${entry.host} ${entry.integrationId}`,
          { ...entry, addedAt: now },
        ]),
      );
      await api.storage.local.clear();
      if (entries.length > 0) await api.storage.local.set({ tokens: vault });
    },
    tokens,
    Date.now(),
  );
}

export async function readHistory(
  ext: ExtensionBrowser,
): Promise<HistoryEntry[]> {
  const raw = await ext.evaluateInBackground(async () => {
    const api =
      Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');
    const { history } = await api.storage.local.get('history');

    return history ?? [];
  });

  return z.array(HistoryEntry).parse(raw);
}

/** Waits until the history holds one entry and it is no longer pending. */
export function untilSettled(
  ext: ExtensionBrowser,
  timeoutMs = 20_000,
): Promise<HistoryEntry> {
  return pollUntil(
    async () => {
      const [entry, ...others] = await readHistory(ext);
      if (others.length > 0) {
        throw new Error(
          `Expected one history entry, found ${others.length + 1}.`,
        );
      }

      return entry && entry.outcome !== 'pending' ? entry : undefined;
    },
    { what: 'the change to settle in the history', timeoutMs, intervalMs: 150 },
  );
}
