import { useState } from 'preact/hooks';
import { formatAdaDate } from '@/lib/format-date';
import { type MessageKey, t } from '@/lib/i18n';
import type { Installation, SettableStatus } from '@/lib/installation';
import { isAdaId } from '@/lib/ada-id';
import { ConfigTree } from './ConfigTree';
import { StatusBadge } from './StatusBadge';

interface Props {
  record: Installation;
  /** The status being set right now, if any. */
  pending?: SettableStatus;
  /** How the pending change is going, e.g. "retrying (2 of 3)". */
  progress?: string;
  onSetStatus: (status: SettableStatus) => void;
}

const ACTIONS: { status: SettableStatus; label: MessageKey }[] = [
  { status: 'complete', label: 'markComplete' },
  { status: 'incomplete', label: 'markIncomplete' },
];

const MARKING: Record<SettableStatus, MessageKey> = {
  complete: 'markingComplete',
  incomplete: 'markingIncomplete',
};

/** The installation record, and the two status changes a partner makes. */
export function InstallationCard({
  record,
  pending,
  progress,
  onSetStatus,
}: Props) {
  const canChange = isAdaId(record.id) && pending === undefined;
  // Reverting a finished setup is the change a partner regrets most.
  const [confirming, setConfirming] = useState(false);
  const choose = (status: SettableStatus) => {
    if (status === 'incomplete' && record.status === 'complete') {
      setConfirming(true);
      return;
    }

    onSetStatus(status);
  };

  return (
    <section class="card" aria-busy={pending !== undefined}>
      {/* A live region, so that the new status is announced once set. */}
      <div class="status-row" role="status">
        <StatusBadge status={record.status} />
        {pending ? (
          <span class="muted" data-testid="busy">
            {t(MARKING[pending])}
            {progress ? ` ${progress}` : ''}
          </span>
        ) : null}
      </div>
      <dl class="facts">
        <dt>{t('labelInstallation')}</dt>
        <dd>
          <code data-testid="installation-id">{record.id ?? '—'}</code>
        </dd>
        <dt>{t('labelCreated')}</dt>
        <dd data-testid="created">{formatAdaDate(record.created)}</dd>
        <dt>{t('labelUpdated')}</dt>
        <dd data-testid="updated">{formatAdaDate(record.updated)}</dd>
      </dl>
      <div class="actions">
        {ACTIONS.map(({ status, label }) => (
          <button
            key={status}
            type="button"
            class="primary"
            data-action={`mark-${status}`}
            disabled={!canChange || record.status === status}
            onClick={() => choose(status)}
          >
            {t(label)}
          </button>
        ))}
      </div>
      {confirming && canChange ? (
        <div
          class="confirm"
          role="alertdialog"
          aria-label={t('confirmRevertLabel')}
        >
          <p>{t('confirmRevertQuestion')}</p>
          <button
            type="button"
            class="primary"
            data-action="confirm-revert"
            ref={(button) => button?.focus()}
            onClick={() => {
              setConfirming(false);
              onSetStatus('incomplete');
            }}
          >
            {t('confirmRevertYes')}
          </button>{' '}
          <button
            type="button"
            data-action="cancel-revert"
            onClick={() => setConfirming(false)}
          >
            {t('cancel')}
          </button>
        </div>
      ) : null}
      <h2>{t('configurationHeading')}</h2>
      <ConfigTree configuration={record.configuration} />
    </section>
  );
}
