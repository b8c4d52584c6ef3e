import {
  contributorsOf,
  type Contributor,
  type ModuleLengths,
} from './bundle-contents';
import type { SizeEntry } from './extension-build';
import { figure, formatValue, type Figure } from './figures';

const SECTION =
  'bundle size, gzip -9 (JS with the shared chunks it loads; ↳ largest parts, approx.)';
const TOP = 4;
// A build is deterministic: one measurement is the figure.
const EXACT = 'exact (one build)';

/** Each entrypoint's JS and CSS, and what its JS is mostly made of. */
export function sizeFigures(
  entries: readonly SizeEntry[],
  lengths: ModuleLengths,
): { figures: Figure[]; contents: Record<string, Contributor[]> } {
  const figures: Figure[] = [];
  const contents: Record<string, Contributor[]> = {};

  for (const entry of entries) {
    const contributors = contributorsOf(entry, lengths);
    contents[entry.name] = contributors;
    const budget = entry.budgetGzipBytes;
    figures.push(
      figure({
        id: `size.${entry.name}.js`,
        section: SECTION,
        label: `${entry.name} JS (${files(entry.js.files.length)})`,
        unit: 'bytes',
        samples: [entry.js.gzipBytes],
        note: EXACT,
        ...(budget === null
          ? {}
          : {
              target: {
                limit: budget,
                text: `≤ ${formatValue('bytes', budget)}`,
              },
            }),
      }),
      ...contributors.slice(0, TOP).map((part) =>
        figure({
          id: `size.${entry.name}.js.${part.name}`,
          section: SECTION,
          label: `  ↳ ${part.name}${part.modules > 1 ? ` (${part.modules} modules)` : ''}`,
          unit: 'bytes',
          samples: [part.approxGzipBytes],
          note: `${Math.round(part.share * 100)}% · ${formatValue('bytes', part.renderedBytes)} rendered`,
        }),
      ),
    );
    if (entry.css.files.length > 0) {
      figures.push(
        figure({
          id: `size.${entry.name}.css`,
          section: SECTION,
          label: `${entry.name} CSS`,
          unit: 'bytes',
          samples: [entry.css.gzipBytes],
          note: EXACT,
        }),
      );
    }
  }

  return { figures, contents };
}

const files = (count: number) => (count === 1 ? '1 file' : `${count} files`);
