import { storage } from 'wxt/utils/storage';
import type { DashboardPage } from './dashboard-page';
import { Installation } from './installation';
import { z } from './zod';

const CachedRecord = z.object({ record: Installation, savedAt: z.number() });
export type CachedRecord = z.infer<typeof CachedRecord>;

// The last record Ada returned for each page, so the popup can paint at
// once and refresh behind it.
const cacheItem = storage.defineItem<Record<string, unknown>>('local:records', {
  fallback: {},
  version: 1,
});

const MAX_ENTRIES = 100;

function keyOf(page: DashboardPage): string {
  return `${page.instance.host} ${page.integrationId}`;
}

export async function cachedRecord(
  page: DashboardPage,
): Promise<CachedRecord | undefined> {
  const all = await cacheItem.getValue();
  const parsed = CachedRecord.safeParse(all[keyOf(page)]);

  return parsed.success ? parsed.data : undefined;
}

export async function cacheRecord(
  page: DashboardPage,
  record: Installation,
  now = Date.now(),
): Promise<void> {
  const all = await cacheItem.getValue();
  const { [keyOf(page)]: _previous, ...others } = all;
  // Newest last; the oldest entries go first once the cache is full.
  const kept = Object.entries(others).slice(-(MAX_ENTRIES - 1));

  await cacheItem.setValue({
    ...Object.fromEntries(kept),
    [keyOf(page)]: { record, savedAt: now },
  });
}

export async function forgetRecord(page: DashboardPage): Promise<void> {
  const all = await cacheItem.getValue();
  const { [keyOf(page)]: _gone, ...others } = all;

  await cacheItem.setValue(others);
}
