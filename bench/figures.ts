import { summarize, type Summary } from './stats';

/** bytes: a size; delta-bytes and delta-count: a growth, printed signed. */
export type Unit = 'ms' | 'ratio' | 'bytes' | 'delta-bytes' | 'delta-count';

/** Met when the median is at most `limit`; `text` is what the table shows. */
export interface Target {
  limit: number;
  text: string;
}

export interface Figure {
  id: string;
  section: string;
  label: string;
  unit: Unit;
  samples: number[];
  summary: Summary;
  target?: Target;
  met?: boolean;
  /** Shown instead of the spread, e.g. what a size is made of. */
  note?: string;
}

export function figure(fields: Omit<Figure, 'summary' | 'met'>): Figure {
  const summary = summarize(fields.samples);
  const met = fields.target && summary.median <= fields.target.limit;

  return { ...fields, summary, ...(met === undefined ? {} : { met }) };
}

export function formatValue(unit: Unit, value: number): string {
  switch (unit) {
    case 'ms':
      return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
    case 'ratio':
      return `${value.toFixed(2)}×`;
    case 'bytes':
      return `${(value / 1000).toFixed(1)} kB`;
    case 'delta-bytes':
      return `${value > 0 ? '+' : ''}${(value / 1000).toFixed(1)} kB`;
    case 'delta-count':
      return `${value > 0 ? '+' : ''}${Math.round(value)}`;
  }
}
