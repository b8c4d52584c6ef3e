import type { Failure } from '@/lib/failure';
import { t } from '@/lib/i18n';

/** A failure said once: what happened, what to do, and Ada's own words. */
export function FailureNotice({ failure }: { failure: Failure }) {
  return (
    <div class="notice notice-error" role="alert" data-testid="failure">
      <p data-testid="failure-message">{failure.message}</p>
      <p data-testid="next-step">{failure.nextStep}</p>
      {failure.detail || failure.status ? (
        <details>
          <summary>{t('failureDetails')}</summary>
          <p>
            {failure.status ? `${t('failureHttpStatus', failure.status)} ` : ''}
            {failure.detail ?? ''}
          </p>
        </details>
      ) : null}
    </div>
  );
}
