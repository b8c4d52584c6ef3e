import { useState } from 'preact/hooks';
import { curlForStatus } from '@/lib/curl-command';
import type { DashboardPage } from '@/lib/dashboard-page';
import { t } from '@/lib/i18n';
import type { Installation } from '@/lib/installation';
import { redactSecrets } from '@/lib/redact-record';

interface Props {
  page: DashboardPage;
  record: Installation;
}

/** Copy the record, or the next status change as curl, without secrets. */
export function CopyActions({ page, record }: Props) {
  const [copied, setCopied] = useState<string>();
  const next = record.status === 'complete' ? 'incomplete' : 'complete';

  const copy = async (done: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(done);
    } catch {
      setCopied(t('copyRefused'));
    }
  };

  return (
    <div class="copy-actions">
      <button
        type="button"
        data-action="copy-json"
        onClick={() =>
          void copy(
            t('copiedRecord'),
            JSON.stringify(redactSecrets(record), null, 2),
          )
        }
      >
        {t('copyJson')}
      </button>
      {record.id ? (
        <button
          type="button"
          data-action="copy-curl"
          onClick={() =>
            void copy(
              t('copiedCurl'),
              curlForStatus(page, record.id ?? '', next),
            )
          }
        >
          {next === 'complete'
            ? t('copyCurlComplete')
            : t('copyCurlIncomplete')}
        </button>
      ) : null}
      <span class="muted" role="status" data-testid="copy-result">
        {copied ?? ''}
      </span>
    </div>
  );
}
