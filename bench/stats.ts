export interface Summary {
  n: number;
  median: number;
  p10: number;
  p90: number;
  min: number;
  max: number;
}

/** Median, p10–p90 (linear interpolation) and min–max of the samples. */
export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('No samples to summarize.');

  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    const high = Math.ceil(position);
    const lowValue = sorted[low] ?? 0;
    const highValue = sorted[high] ?? lowValue;

    return lowValue + (highValue - lowValue) * (position - low);
  };

  return {
    n: sorted.length,
    median: at(0.5),
    p10: at(0.1),
    p90: at(0.9),
    min: sorted[0] ?? 0,
    max: sorted[sorted.length - 1] ?? 0,
  };
}

/**
 * Combines samples taken side by side, run i with run i. Pairing cancels
 * what drifts during a run (another job on the machine, a GC, the disk).
 */
export function paired(
  a: readonly number[],
  b: readonly number[],
  combine: (x: number, y: number) => number,
): number[] {
  const count = Math.min(a.length, b.length);

  return Array.from({ length: count }, (_, i) => combine(a[i] ?? 0, b[i] ?? 0));
}

export const ratio = (x: number, y: number): number => x / y;
export const difference = (x: number, y: number): number => x - y;
