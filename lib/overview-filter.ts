import type { RowLoad } from './overview-load';
import type { OverviewRow } from './overview-rows';

export const STATUS_FILTERS = [
  'all',
  'complete',
  'incomplete',
  'unknown',
  'error',
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface OverviewFilter {
  text: string;
  status: StatusFilter;
}

/**
 * Which status filter a row falls under; `undefined` while it loads, so
 * that only "all" shows it.
 */
export function statusGroup(
  load: RowLoad,
): Exclude<StatusFilter, 'all'> | undefined {
  if (load.state === 'loading') return undefined;
  if (load.state === 'failed') return 'error';

  return load.status === 'complete' || load.status === 'incomplete'
    ? load.status
    : 'unknown';
}

function matchesText(row: OverviewRow, load: RowLoad, text: string): boolean {
  const needle = text.trim().toLowerCase();
  if (!needle) return true;

  const haystack = [row.handle, row.host, row.integrationId];
  if (load.state === 'ready' && load.installationId) {
    haystack.push(load.installationId);
  }

  return haystack.some((value) => value.toLowerCase().includes(needle));
}

/**
 * True when a row passes both filters: the text is found in its handle,
 * host, integration id or installation id, and its status is the one asked.
 *
 * @example matchesFilter(row, load, { text: 'acme', status: 'complete' })
 */
export function matchesFilter(
  row: OverviewRow,
  load: RowLoad,
  filter: OverviewFilter,
): boolean {
  if (!matchesText(row, load, filter.text)) return false;

  return filter.status === 'all' || statusGroup(load) === filter.status;
}
