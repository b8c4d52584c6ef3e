import { type AdaClient, createAdaClient } from './ada-client';
import type { DashboardPage } from './dashboard-page';
import type { Failure, Result } from './failure';
import { failure } from './failure-messages';
import { t } from './i18n';
import type { Installation, SettableStatus, TokenOwner } from './installation';
import type { InstallationView } from './installation-view';
import { normalizeToken } from './token-input';
import { recordChange, updateChange } from './change-history';
import { cacheRecord } from './record-cache';
import { hasAdaAccess } from './host-access';
import { statusWord } from './status-words';
import { findToken, saveToken } from './token-vault';

async function viewOf(
  page: DashboardPage,
  tokenAddedAt: number,
  result: Result<Installation>,
): Promise<InstallationView> {
  if (!result.ok) {
    return { state: 'failed', page, failure: result.failure, tokenAddedAt };
  }

  await cacheRecord(page, result.value);

  return { state: 'ready', page, record: result.value, tokenAddedAt };
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

/**
 * Sets the status in one PATCH and answers the record Ada returns. The
 * change is recorded as pending before the request leaves, so that a worker
 * stopped mid-request can settle it on its next start.
 */
export async function changeStatus(
  page: DashboardPage,
  change: {
    installationId: string;
    status: SettableStatus;
    from?: string | null;
  },
): Promise<InstallationView> {
  const { stored, view } = await usableToken(page);
  if (!stored) return view;

  const id = crypto.randomUUID();
  await recordChange({
    id,
    host: page.instance.host,
    integrationId: page.integrationId,
    installationId: change.installationId,
    from: change.from ?? null,
    to: change.status,
    startedAt: Date.now(),
    outcome: 'pending',
  });

  const client = createAdaClient(page.instance, stored.token, {
    onRetry: (attempt, attempts) =>
      void updateChange(id, { attempt, attempts }),
  });
  const result = await client.setStatus(
    page.integrationId,
    change.installationId,
    change.status,
  );
  const error = result.ok
    ? await unconfirmed(client, page.integrationId, change, result.value)
    : result.failure.message;
  await updateChange(id, {
    outcome: error === undefined ? 'done' : 'failed',
    finishedAt: Date.now(),
    ...(error === undefined ? {} : { error }),
  });

  return viewOf(page, stored.addedAt, result);
}

/**
 * Why a 200 does not prove that a change landed, or `undefined` when it
 * does. An answer without the status asked for (a null, a value Ada added
 * later) is checked by reading the installation back before it counts.
 */
async function unconfirmed(
  client: AdaClient,
  integrationId: string,
  change: { installationId: string; status: SettableStatus },
  answer: Installation,
): Promise<string | undefined> {
  if (answer.status === change.status) return undefined;

  const current = await client.getSelf(integrationId);
  if (!current.ok) return current.failure.message;

  const { id, status } = current.value;
  if (id === change.installationId && status === change.status) {
    return undefined;
  }

  return t(
    'changeNotConfirmed',
    status ? statusWord(status) : t('statusWordNone'),
  );
}

/**
 * Stores a pasted token for the page once Ada confirms it belongs to this
 * instance, then reads the record with it. A token Ada refuses, or one of
 * another instance, is not stored.
 */
export async function storeToken(
  page: DashboardPage,
  raw: string,
): Promise<InstallationView> {
  const { host, handle } = page.instance;
  const refuse = (found: Failure): InstallationView => ({
    state: 'failed',
    page,
    failure: found,
  });

  const token = normalizeToken(raw);
  if (!token) {
    return refuse({
      ...failure('not-allowed', host),
      message: t('tokenMalformedMessage'),
      nextStep: t('tokenMalformedNextStep'),
    });
  }

  if (!(await hasAdaAccess())) return refuse(failure('no-access', host));

  const owner = await createAdaClient(page.instance, token).whoAmI();
  if (!owner.ok) return refuse(owner.failure);

  const ownerHandle = owner.value.client_handle;
  if (ownerHandle && ownerHandle !== handle) {
    return refuse({
      ...failure('forbidden', host),
      message: t('tokenOtherInstanceMessage', [ownerHandle, handle]),
      nextStep: t('tokenOtherInstanceNextStep', host),
    });
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
