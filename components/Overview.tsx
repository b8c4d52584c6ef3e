import { useMemo, useState } from 'preact/hooks';
import type { ChangeEntry } from '@/lib/change-history';
import { t } from '@/lib/i18n';
import type { SettableStatus } from '@/lib/installation';
import { matchesFilter, type OverviewFilter } from '@/lib/overview-filter';
import { LOADING } from '@/lib/overview-load';
import { overviewRows } from '@/lib/overview-rows';
import { createHostQueue } from '@/lib/overview-schedule';
import type { TokenSummary } from '@/lib/token-vault';
import { type BulkTarget, useBulkChange } from './overview-bulk';
import { useOverviewLoads } from './overview-loads';
import { OverviewEmpty } from './OverviewEmpty';
import { OverviewTable } from './OverviewTable';
import { OverviewToolbar } from './OverviewToolbar';

interface Props {
  tokens: TokenSummary[];
  history: readonly ChangeEntry[];
  onAddToken: () => void;
}

function toggled(
  selection: ReadonlySet<string>,
  keys: readonly string[],
  selected: boolean,
): ReadonlySet<string> {
  const next = new Set(selection);
  for (const key of keys) {
    if (selected) next.add(key);
    else next.delete(key);
  }

  return next;
}

/**
 * Every installation the extension holds a token for, across instances:
 * its status read live, its latest change, and status changes in bulk.
 */
export function Overview({ tokens, history, onAddToken }: Props) {
  // One queue for reads and changes keeps each instance to one request.
  const [queue] = useState(createHostQueue);
  const rows = useMemo(() => overviewRows(tokens), [tokens]);
  const { loads, setLoad, reload } = useOverviewLoads(rows, queue);
  const bulk = useBulkChange(queue, setLoad);
  const [filter, setFilter] = useState<OverviewFilter>({
    text: '',
    status: 'all',
  });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  if (rows.length === 0) return <OverviewEmpty onAddToken={onAddToken} />;

  const loadOf = (key: string) => loads.get(key) ?? LOADING;
  const shown = rows.filter((row) =>
    matchesFilter(row, loadOf(row.key), filter),
  );
  // Only shown rows are changed, so a filter never hides what a click does.
  const targets = shown.flatMap((row): BulkTarget[] => {
    const load = loadOf(row.key);
    if (load.state !== 'ready' || !load.installationId) return [];

    const target = { row, installationId: load.installationId };

    return [load.status ? { ...target, from: load.status } : target];
  });
  const chosen = targets.filter(({ row }) => selected.has(row.key));
  const loading = rows.some((row) => loadOf(row.key).state === 'loading');

  return (
    <section class="overview">
      <OverviewToolbar
        filter={filter}
        onFilter={setFilter}
        selectedCount={chosen.length}
        progress={bulk.progress}
        running={bulk.running}
        loading={loading}
        onBulk={(status: SettableStatus) => void bulk.change(chosen, status)}
        onReload={reload}
      />
      <OverviewTable
        rows={shown}
        loads={loads}
        results={bulk.results}
        history={history}
        selectable={targets.map(({ row }) => row.key)}
        selected={selected}
        onSelect={(keys, on) => setSelected(toggled(selected, keys, on))}
      />
      {shown.length === 0 ? <p class="muted">{t('overviewNoMatch')}</p> : null}
    </section>
  );
}
