import type { ChangeEntry } from '@/lib/change-history';
import { t } from '@/lib/i18n';
import { LOADING, type RowLoad } from '@/lib/overview-load';
import { lastChangeOf, type OverviewRow as Row } from '@/lib/overview-rows';
import type { RowResult } from './overview-bulk';
import { OverviewRow } from './OverviewRow';
import { SelectAll } from './OverviewSelectAll';

interface Props {
  rows: Row[];
  loads: ReadonlyMap<string, RowLoad>;
  results: ReadonlyMap<string, RowResult>;
  history: readonly ChangeEntry[];
  selectable: readonly string[];
  selected: ReadonlySet<string>;
  onSelect: (keys: readonly string[], selected: boolean) => void;
}

/** The shown rows of the overview, each with its checkbox. */
export function OverviewTable(props: Props) {
  const { rows, loads, results, history, selected, onSelect } = props;

  return (
    <table data-testid="overview">
      <thead>
        <tr>
          <th>
            <SelectAll
              keys={props.selectable}
              selected={selected}
              onSelect={onSelect}
            />
          </th>
          <th>{t('labelInstance')}</th>
          <th>{t('labelIntegration')}</th>
          <th>{t('labelInstallation')}</th>
          <th>{t('labelStatus')}</th>
          <th>{t('labelLastChange')}</th>
          <th>{t('labelTokenAdded')}</th>
          <th>{t('labelDashboard')}</th>
          <th>{t('labelResult')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <OverviewRow
            key={row.key}
            row={row}
            load={loads.get(row.key) ?? LOADING}
            lastChange={lastChangeOf(history, row)}
            result={results.get(row.key)}
            selected={selected.has(row.key)}
            onSelect={(checked) => onSelect([row.key], checked)}
          />
        ))}
      </tbody>
    </table>
  );
}
