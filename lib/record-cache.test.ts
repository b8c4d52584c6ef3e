import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readDashboardPage } from './dashboard-page';
import { cachedRecord, cacheRecord, forgetRecord } from './record-cache';

function page(integrationId: string) {
  const read = readDashboardPage(
    `https://acme.ada.support/platform/integrations/${integrationId}`,
  );
  if (!read) throw new Error('fixture is not a page');
  return read;
}

describe('record cache', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('answers the last record saved for a page', async () => {
    await cacheRecord(page('a'), { id: 'i1', status: 'incomplete' }, 1);
    await cacheRecord(page('a'), { id: 'i1', status: 'complete' }, 2);

    expect(await cachedRecord(page('a'))).toEqual({
      record: { id: 'i1', status: 'complete' },
      savedAt: 2,
    });
    expect(await cachedRecord(page('b'))).toBeUndefined();
  });

  it('keeps at most 100 pages, dropping the least recently saved', async () => {
    for (let i = 0; i < 102; i += 1) {
      await cacheRecord(page(`p${i}`), { id: `i${i}` });
    }

    expect(await cachedRecord(page('p0'))).toBeUndefined();
    expect(await cachedRecord(page('p1'))).toBeUndefined();
    expect(await cachedRecord(page('p2'))).toBeDefined();
    expect(await cachedRecord(page('p101'))).toBeDefined();
  });

  it('forgets a page', async () => {
    await cacheRecord(page('a'), { id: 'i1' });

    await forgetRecord(page('a'));

    expect(await cachedRecord(page('a'))).toBeUndefined();
  });
});
