import ky, { HTTPError, TimeoutError } from 'ky';
import { firstAdaMessage } from './ada-error-body';
import { type AdaInstance, isAdaOrigin } from './ada-instance';
import { isAdaId } from './ada-id';
import type { Result } from './failure';
import { gatedFetch } from './rate-gate';
import { failure, kindForStatus } from './failure-messages';
import { Installation, type SettableStatus, TokenOwner } from './installation';
import type { z } from './zod';

export interface AdaClientOptions {
  timeoutMs?: number;
  retryLimit?: number;
  /** Called before each retry, with the attempt about to be made. */
  onRetry?: (attempt: number, of: number) => void;
}

export interface AdaClient {
  getSelf(integrationId: string): Promise<Result<Installation>>;
  setStatus(
    integrationId: string,
    installationId: string,
    status: SettableStatus,
  ): Promise<Result<Installation>>;
  whoAmI(): Promise<Result<TokenOwner>>;
}

const RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

/**
 * A typed client for one Ada instance and one token. Every answer is
 * validated; every failure becomes a `Failure` with a next step.
 */
export function createAdaClient(
  instance: AdaInstance,
  token: string,
  options: AdaClientOptions = {},
): AdaClient {
  // The token may only ever travel to the Ada host it belongs to.
  if (!isAdaOrigin(instance.origin)) {
    throw new TypeError(
      `Refusing to call a non-Ada origin: ${instance.origin}`,
    );
  }

  const retryLimit = options.retryLimit ?? 2;
  const api = ky.create({
    prefixUrl: `${instance.origin}/api/`,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
    // The partner's dashboard session cookies must not ride along, and a
    // redirect must not carry the token to another URL.
    credentials: 'omit',
    redirect: 'error',
    cache: 'no-store',
    fetch: gatedFetch(instance.host),
    timeout: options.timeoutMs ?? 15_000,
    retry: {
      limit: retryLimit,
      // PATCH sets an absolute status, so repeating it is harmless.
      methods: ['get', 'patch'],
      statusCodes: RETRY_STATUSES,
      backoffLimit: 4_000,
      delay: (attempt) => 400 * 2 ** (attempt - 1),
      jitter: true,
    },
    hooks: {
      beforeRetry: [
        ({ retryCount }) => options.onRetry?.(retryCount + 1, retryLimit + 1),
      ],
    },
  });
  const send = <T>(
    schema: z.ZodMiniType<T>,
    ids: string[],
    call: (segments: string[]) => Promise<Response>,
  ): Promise<Result<T>> => {
    // Ids come from a page: anything but a plain id never reaches a URL.
    if (!ids.every(isAdaId)) {
      return Promise.resolve({
        ok: false,
        failure: failure('not-allowed', instance.host),
      });
    }

    return callAda(instance.host, schema, () =>
      call(ids.map(encodeURIComponent)),
    );
  };

  return {
    getSelf: (integrationId) =>
      send(Installation, [integrationId], ([integration]) =>
        api.get(`v2/platform-integrations/${integration}/installations/self`),
      ),
    setStatus: (integrationId, installationId, status) =>
      send(
        Installation,
        [integrationId, installationId],
        ([integration, installation]) =>
          api.patch(
            `v2/platform-integrations/${integration}/installations/${installation}`,
            { json: { status } },
          ),
      ),
    whoAmI: () =>
      send(TokenOwner, [], () => api.get('platform_integrations/oauth/self')),
  };
}

async function callAda<T>(
  host: string,
  schema: z.ZodMiniType<T>,
  call: () => Promise<Response>,
): Promise<Result<T>> {
  let response: Response;
  try {
    response = await call();
  } catch (error) {
    return { ok: false, failure: await failureFromError(host, error) };
  }

  const body = await readJson(response);
  const parsed = schema.safeParse(body);
  if (!parsed.success)
    return { ok: false, failure: failure('unreadable', host) };

  return { ok: true, value: parsed.data };
}

async function failureFromError(host: string, error: unknown) {
  if (error instanceof HTTPError) {
    const { status } = error.response;
    const detail = firstAdaMessage(await readJson(error.response));

    return failure(kindForStatus(status), host, {
      status,
      ...(detail ? { detail } : {}),
    });
  }

  if (error instanceof TimeoutError) return failure('timeout', host);

  return failure('network', host);
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}
