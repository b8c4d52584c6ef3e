import { createAdaClient } from './ada-client';
import type { DashboardPage } from './dashboard-page';
import type { Result } from './failure';
import { failure } from './failure-messages';
import type { Installation, SettableStatus, TokenOwner } from './installation';
import type { InstallationView } from './installation-view';
import { normalizeToken } from './token-input';
import { hasAdaAccess } from './host-access';
import { findToken, saveToken } from './token-vault';

function viewOf(
  page: DashboardPage,
  tokenAddedAt: number,
  result: Result<Installation>,
): InstallationView {
  return result.ok
    ? { state: 'ready', page, record: result.value, tokenAddedAt }
    : { state: 'failed', page, failure: result.failure, tokenAddedAt };
}

/** The token for a page, or the view that explains why there is none. */
async function usableToken(page: DashboardPage) {
  const stored = await findToken(page);
  if (!stored) return { view: { state: 'no-token', page } as const };

  // Without the host permission the request would fail as a bare CORS
  // error; say what is missing instead.
  if (!(await hasAdaAccess())) {
    const view: InstallationView = {
      state: 'failed',
      page,
      failure: failure('no-access', page.instance.host),
      tokenAddedAt: stored.addedAt,
    };

    return { view };
  }

  return { stored };
}

/** The current installation record of a dashboard page, read from Ada. */
export async function readInstallation(
  page: DashboardPage,
): Promise<InstallationView> {
  const { stored, view } = await usableToken(page);
  if (!stored) return view;

  const client = createAdaClient(page.instance, stored.token);

  return viewOf(page, stored.addedAt, await client.getSelf(page.integrationId));
}

/** Sets the status in one PATCH and answers the record Ada returns. */
export async function changeStatus(
  page: DashboardPage,
  installationId: string,
  status: SettableStatus,
): Promise<InstallationView> {
  const { stored, view } = await usableToken(page);
  if (!stored) return view;

  const client = createAdaClient(page.instance, stored.token);
  const result = await client.setStatus(
    page.integrationId,
    installationId,
    status,
  );

  return viewOf(page, stored.addedAt, result);
}

/** Stores a pasted token for the page, then reads the record with it. */
export async function storeToken(
  page: DashboardPage,
  raw: string,
): Promise<InstallationView> {
  const token = normalizeToken(raw);
  if (!token) {
    return {
      state: 'failed',
      page,
      failure: {
        ...failure('not-allowed', page.instance.host),
        message: 'That does not look like an access token.',
        nextStep: 'Paste the installation’s access token, without quotes.',
      },
    };
  }

  await saveToken(page, token);

  return readInstallation(page);
}

/** Asks Ada which installation a stored token belongs to. */
export async function testStoredToken(
  page: DashboardPage,
): Promise<Result<TokenOwner>> {
  const stored = await findToken(page);
  if (!stored) {
    return { ok: false, failure: failure('not-allowed', page.instance.host) };
  }

  return createAdaClient(page.instance, stored.token).whoAmI();
}
