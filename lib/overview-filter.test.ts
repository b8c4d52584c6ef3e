import { describe, expect, it } from 'vitest';
import { matchesFilter, statusGroup } from './overview-filter';
import type { RowLoad } from './overview-load';
import type { OverviewRow } from './overview-rows';

const ROW: OverviewRow = {
  key: 'acme.eu.ada.support int1',
  host: 'acme.eu.ada.support',
  handle: 'acme',
  region: 'eu',
  integrationId: 'int1',
  tokenAddedAt: 0,
};
const READY: RowLoad = {
  state: 'ready',
  installationId: 'Inst9',
  status: 'complete',
};

describe('statusGroup', () => {
  it('sorts each load under one status filter', () => {
    expect(statusGroup({ state: 'loading' })).toBeUndefined();
    expect(statusGroup({ state: 'failed', message: 'x' })).toBe('error');
    expect(statusGroup(READY)).toBe('complete');
    expect(statusGroup({ state: 'ready', status: 'incomplete' })).toBe(
      'incomplete',
    );
    expect(statusGroup({ state: 'ready', status: 'paused' })).toBe('unknown');
    expect(statusGroup({ state: 'ready' })).toBe('unknown');
  });
});

describe('matchesFilter', () => {
  const all = (text: string) => ({ text, status: 'all' as const });

  it('finds the text, ignoring case, in handle, host and both ids', () => {
    for (const text of ['ACME', 'eu.ada', 'int1', 'inst9', '  acme  ', '']) {
      expect(matchesFilter(ROW, READY, all(text))).toBe(true);
    }
    expect(matchesFilter(ROW, READY, all('beta'))).toBe(false);
    expect(matchesFilter(ROW, { state: 'loading' }, all('inst9'))).toBe(false);
  });

  it('shows a loading row only when every status is asked for', () => {
    const loading: RowLoad = { state: 'loading' };

    expect(matchesFilter(ROW, loading, all(''))).toBe(true);
    expect(matchesFilter(ROW, loading, { text: '', status: 'unknown' })).toBe(
      false,
    );
  });

  it('needs both the text and the status to match', () => {
    expect(
      matchesFilter(ROW, READY, { text: 'acme', status: 'complete' }),
    ).toBe(true);
    expect(
      matchesFilter(ROW, READY, { text: 'acme', status: 'incomplete' }),
    ).toBe(false);
  });
});
