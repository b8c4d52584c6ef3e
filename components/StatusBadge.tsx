interface Props {
  status: string | null | undefined;
}

const KNOWN = new Map([
  ['complete', 'Complete'],
  ['incomplete', 'Incomplete'],
]);

/** The installation's status in words; colour only repeats the words. */
export function StatusBadge({ status }: Props) {
  const label = status ? (KNOWN.get(status) ?? status) : 'No status';
  const tone = status && KNOWN.has(status) ? status : 'unknown';

  return (
    <span class={`badge badge-${tone}`} data-testid="status-badge">
      {label}
    </span>
  );
}
