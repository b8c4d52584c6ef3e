import { createAdaClient } from './ada-client';
import { type ChangeEntry, readHistory, updateChange } from './change-history';
import { pageOf } from './dashboard-page';
import { t } from './i18n';
import { statusWord } from './status-words';
import { findToken } from './token-vault';

/**
 * Settles changes left pending by a worker that stopped mid-request: reads
 * each installation back from Ada and records whether the change landed.
 * Call once when the background starts; no request of the previous worker
 * can still be running by then.
 */
export async function reconcilePending(): Promise<void> {
  const pending = (await readHistory()).filter(
    (entry) => entry.outcome === 'pending',
  );

  await Promise.all(pending.map(settle));
}

async function settle(entry: ChangeEntry): Promise<void> {
  const finish = (patch: Partial<ChangeEntry>) =>
    updateChange(entry.id, {
      ...patch,
      reconciled: true,
      finishedAt: Date.now(),
      attempt: undefined,
    });

  const page = pageOf(entry.host, entry.integrationId);
  const stored = page && (await findToken(page));
  if (!page || !stored) {
    return finish({
      outcome: 'failed',
      error: t('interruptedNoToken'),
    });
  }

  const result = await createAdaClient(page.instance, stored.token).getSelf(
    page.integrationId,
  );
  if (!result.ok) {
    return finish({
      outcome: 'failed',
      error: t('interruptedCheckFailed', result.failure.message),
    });
  }

  const landed =
    result.value.id === entry.installationId &&
    result.value.status === entry.to;

  return finish(
    landed
      ? { outcome: 'done' }
      : {
          outcome: 'failed',
          error: t(
            'interruptedNotLanded',
            result.value.status
              ? statusWord(result.value.status)
              : t('statusWordNone'),
          ),
        },
  );
}
