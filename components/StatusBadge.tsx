interface Props {
  status: string | null | undefined;
}

const KNOWN: Record<string, string> = {
  complete: 'Complete',
  incomplete: 'Incomplete',
};

/** The installation's status in words; colour only repeats the words. */
export function StatusBadge({ status }: Props) {
  const label = status ? (KNOWN[status] ?? status) : 'No status';
  const tone = status && status in KNOWN ? status : 'unknown';

  return (
    <span class={`badge badge-${tone}`} data-testid="status-badge">
      {label}
    </span>
  );
}
