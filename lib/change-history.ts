import { storage } from 'wxt/utils/storage';
import { SettableStatus } from './installation';
import { z } from './zod';

export const ChangeOutcome = z.enum(['pending', 'done', 'failed']);

export const ChangeEntry = z.object({
  id: z.string(),
  host: z.string(),
  integrationId: z.string(),
  installationId: z.string(),
  from: z.nullable(z.string()),
  to: SettableStatus,
  startedAt: z.number(),
  finishedAt: z.optional(z.number()),
  outcome: ChangeOutcome,
  /** Settled after the worker stopped mid-request, by reading Ada back. */
  reconciled: z.optional(z.boolean()),
  error: z.optional(z.string()),
  /** The attempt under way, while retrying. */
  attempt: z.optional(z.number()),
  attempts: z.optional(z.number()),
});
export type ChangeEntry = z.infer<typeof ChangeEntry>;

/** The most entries kept; the oldest are dropped first. */
export const HISTORY_LIMIT = 200;

export const historyItem = storage.defineItem<unknown[]>('local:history', {
  fallback: [],
  version: 1,
});

/** Parses stored entries, newest first; a corrupt one is dropped. */
export function parseHistory(raw: unknown): ChangeEntry[] {
  if (!Array.isArray(raw)) return [];

  return raw.flatMap((item) => {
    const parsed = ChangeEntry.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function readHistory(): Promise<ChangeEntry[]> {
  return parseHistory(await historyItem.getValue());
}

// Every write reads, changes and writes the whole list; running them one
// after another keeps two overlapping changes from losing each other.
let writes: Promise<unknown> = Promise.resolve();

function serially<T>(write: () => Promise<T>): Promise<T> {
  const next = writes.then(write);
  writes = next.catch(() => undefined);

  return next;
}

/** Adds an entry at the front, dropping the oldest beyond the limit. */
export function recordChange(entry: ChangeEntry): Promise<void> {
  return serially(async () => {
    const entries = await readHistory();
    await historyItem.setValue([entry, ...entries].slice(0, HISTORY_LIMIT));
  });
}

export function updateChange(
  id: string,
  patch: Partial<ChangeEntry>,
): Promise<void> {
  return serially(async () => {
    const entries = await readHistory();
    const updated = entries.map((entry) =>
      entry.id === id ? { ...entry, ...patch } : entry,
    );
    await historyItem.setValue(updated);
  });
}
