import { t } from '@/lib/i18n';
import { isKnownStatus, statusLabel } from '@/lib/status-words';

interface Props {
  status: string | null | undefined;
}

/** The installation's status in words; colour only repeats the words. */
export function StatusBadge({ status }: Props) {
  const label = status ? statusLabel(status) : t('statusNone');
  const tone = status && isKnownStatus(status) ? status : 'unknown';

  return (
    <span class={`badge badge-${tone}`} data-testid="status-badge">
      {label}
    </span>
  );
}
