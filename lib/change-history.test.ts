import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  type ChangeEntry,
  HISTORY_LIMIT,
  readHistory,
  recordChange,
  updateChange,
} from './change-history';

function entry(id: string, extra: Partial<ChangeEntry> = {}): ChangeEntry {
  return {
    id,
    host: 'acme.ada.support',
    integrationId: 'int1',
    installationId: 'inst1',
    from: 'incomplete',
    to: 'complete',
    startedAt: 1,
    outcome: 'pending',
    ...extra,
  };
}

describe('change history', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps entries newest first and settles them in place', async () => {
    await recordChange(entry('a'));
    await recordChange(entry('b'));

    await updateChange('a', { outcome: 'done', finishedAt: 5 });

    expect(await readHistory()).toEqual([
      entry('b'),
      entry('a', { outcome: 'done', finishedAt: 5 }),
    ]);
  });

  it('drops the oldest entries beyond the limit', async () => {
    for (let i = 0; i < HISTORY_LIMIT + 3; i += 1) {
      await recordChange(entry(`e${i}`));
    }

    const history = await readHistory();

    expect(history).toHaveLength(HISTORY_LIMIT);
    expect(history[0]?.id).toBe(`e${HISTORY_LIMIT + 2}`);
    expect(history.at(-1)?.id).toBe('e3');
  });

  it('loses no write when changes overlap', async () => {
    await Promise.all([
      recordChange(entry('a')),
      recordChange(entry('b')),
      recordChange(entry('c')),
    ]);
    await Promise.all([
      updateChange('a', { outcome: 'done' }),
      updateChange('c', { outcome: 'failed', error: 'x' }),
    ]);

    const byId = Object.fromEntries(
      (await readHistory()).map((item) => [item.id, item.outcome]),
    );

    expect(byId).toEqual({ a: 'done', b: 'pending', c: 'failed' });
  });

  it('drops corrupt stored entries and keeps the rest', async () => {
    await fakeBrowser.storage.local.set({
      history: [
        entry('ok'),
        { id: 3 },
        'junk',
        entry('bad', { to: 'x' as never }),
      ],
    });

    expect((await readHistory()).map((item) => item.id)).toEqual(['ok']);
  });
});
