import { readHistory } from './change-history';
import { pageOf } from './dashboard-page';
import { failure } from './failure-messages';
import { SettableStatus } from './installation';
import type { InstallationView } from './installation-view';
import { changeStatus } from './installation-service';

/**
 * Sets an installation back to the status it had before a recorded
 * change. `undefined` when the entry is unknown or had no settable
 * status before (nothing to go back to).
 */
export async function undoChange(
  entryId: string,
): Promise<InstallationView | undefined> {
  const entry = (await readHistory()).find((item) => item.id === entryId);
  if (!entry) return undefined;

  const previous = SettableStatus.safeParse(entry.from);
  if (!previous.success) return undefined;

  const page = pageOf(entry.host, entry.integrationId);
  if (!page) return undefined;

  return changeStatus(page, {
    installationId: entry.installationId,
    status: previous.data,
    from: entry.to,
  }).catch((error: unknown) => ({
    state: 'failed' as const,
    page,
    failure: failure('network', page.instance.host, {
      detail: String(error),
    }),
  }));
}
