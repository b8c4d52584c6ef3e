import { useState } from 'preact/hooks';
import { curlForStatus } from '@/lib/curl-command';
import type { DashboardPage } from '@/lib/dashboard-page';
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

  const copy = async (label: string, text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${label} copied.`);
    } catch {
      setCopied('The browser refused to copy; select the text instead.');
    }
  };

  return (
    <div class="copy-actions">
      <button
        type="button"
        data-action="copy-json"
        onClick={() =>
          void copy('Record', JSON.stringify(redactSecrets(record), null, 2))
        }
      >
        Copy JSON
      </button>
      {record.id ? (
        <button
          type="button"
          data-action="copy-curl"
          onClick={() =>
            void copy(
              'curl command',
              curlForStatus(page, record.id ?? '', next),
            )
          }
        >
          Copy curl: mark {next}
        </button>
      ) : null}
      <span class="muted" role="status" data-testid="copy-result">
        {copied ?? ''}
      </span>
    </div>
  );
}
