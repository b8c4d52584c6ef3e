import { formatValue, type Figure } from './figures';

const HEADER = ['figure', 'median', 'p10–p90', 'n', 'target', ''];

/** One plain-text table of every figure, by section in order of appearance. */
export function renderTable(figures: readonly Figure[]): string {
  const sections = [...new Set(figures.map((item) => item.section))];
  const rows = sections.flatMap((section) => [
    [`── ${section}`],
    ...figures.filter((item) => item.section === section).map(rowOf),
  ]);

  return layout([HEADER, ...rows]);
}

function rowOf(item: Figure): string[] {
  const { unit, summary, target, met, note } = item;
  const spread =
    note ??
    `${formatValue(unit, summary.p10)} – ${formatValue(unit, summary.p90)}`;
  const verdict = met === undefined ? '' : met ? 'ok' : 'MISSED';

  return [
    item.label,
    formatValue(unit, summary.median),
    spread,
    note ? '' : String(summary.n),
    target?.text ?? '',
    verdict,
  ];
}

function layout(rows: string[][]): string {
  const widths = HEADER.map((_, column) =>
    Math.max(...rows.map((row) => width(row, column))),
  );
  const isSection = (row: string[]) => row[0]?.startsWith('── ') ?? false;

  return rows
    .map((row) =>
      isSection(row)
        ? (row[0] ?? '')
        : row
            .map((cell, column) =>
              column === 0 || column === 2
                ? cell.padEnd(widths[column] ?? 0)
                : cell.padStart(widths[column] ?? 0),
            )
            .join('  ')
            .trimEnd(),
    )
    .join('\n');
}

// Section headings span the row, so they do not widen the first column.
function width(row: string[], column: number): number {
  if (column === 0 && row[0]?.startsWith('── ')) return 0;

  return row[column]?.length ?? 0;
}
