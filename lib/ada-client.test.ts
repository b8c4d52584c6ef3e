import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdaClient } from './ada-client';
import type { AdaInstance } from './ada-instance';

const ACME: AdaInstance = {
  origin: 'https://acme.ada.support',
  host: 'acme.ada.support',
  handle: 'acme',
};
const TOKEN = 'test-token-value-1234';
const INTEGRATION = '5df263b7db5a7e6ea03fae9b';
const INSTALLATION = '65f0a1b2c3d4e5f607182930';

function adaError(status: number, message = 'Ada says no') {
  return new Response(
    JSON.stringify({ errors: [{ type: 'x', message, details: null }] }),
    { status, headers: { 'content-type': 'application/json' } },
  );
}

function stubFetch(...answers: (() => Response | Promise<Response>)[]) {
  const calls: Request[] = [];
  const fetch = vi.fn(
    async (input: Request | string | URL, init?: RequestInit) => {
      calls.push(new Request(input, init));
      const answer = answers[Math.min(calls.length, answers.length) - 1];
      if (!answer) throw new Error('no answer scripted');
      return answer();
    },
  );
  vi.stubGlobal('fetch', fetch);

  return calls;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createAdaClient', () => {
  it('PATCHes the status to the exact installation URL with the token', async () => {
    const calls = stubFetch(() =>
      Response.json({ id: INSTALLATION, status: 'complete' }),
    );
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.setStatus(
      INTEGRATION,
      INSTALLATION,
      'complete',
    );

    expect(result).toEqual({
      ok: true,
      value: { id: INSTALLATION, status: 'complete' },
    });
    const [request] = calls;
    expect(request?.method).toBe('PATCH');
    expect(request?.url).toBe(
      `https://acme.ada.support/api/v2/platform-integrations/${INTEGRATION}/installations/${INSTALLATION}`,
    );
    expect(request?.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(await request?.json()).toEqual({ status: 'complete' });
  });

  it('reads the installation the token belongs to', async () => {
    const calls = stubFetch(() =>
      Response.json({
        id: INSTALLATION,
        created: null,
        configuration: null,
        status: 'paused',
        surprise: { extra: true },
      }),
    );
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.getSelf(INTEGRATION);

    expect(calls[0]?.url).toBe(
      `https://acme.ada.support/api/v2/platform-integrations/${INTEGRATION}/installations/self`,
    );
    expect(result).toMatchObject({
      ok: true,
      value: { status: 'paused', created: null, surprise: { extra: true } },
    });
  });

  it('refuses to build a client for a host that is not Ada', () => {
    const evil = { ...ACME, origin: 'https://acme.ada.support.example.test' };

    expect(() => createAdaClient(evil, TOKEN)).toThrow(/non-Ada origin/);
  });

  it('refuses ids that would change the path', async () => {
    const calls = stubFetch(() => Response.json({}));
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.setStatus(
      INTEGRATION,
      '../../admin',
      'complete',
    );

    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'not-allowed' },
    });
    expect(calls).toHaveLength(0);
  });

  it.each([
    [400, 'bad-request', /rejected the request as invalid/],
    [401, 'unauthorized', /expired or is wrong/],
    [403, 'forbidden', /does not have access/],
    [404, 'not-found', /no such integration or installation/],
    [409, 'conflict', /conflicting change/],
    [413, 'too-large', /too large/],
    [422, 'unprocessable', /could not apply/],
    [429, 'rate-limited', /rate limit/],
    [500, 'server', /trouble right now \(HTTP 500\)/],
    [502, 'server', /HTTP 502/],
    [503, 'server', /HTTP 503/],
  ] as const)('maps HTTP %i to %s', async (status, kind, sentence) => {
    stubFetch(() => adaError(status, `Ada message ${status}`));
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.getSelf(INTEGRATION);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.failure).toMatchObject({
      kind,
      status,
      detail: `Ada message ${status}`,
    });
    expect(result.failure.message).toMatch(sentence);
    expect(result.failure.nextStep.length).toBeGreaterThan(10);
  });

  it('maps an HTML proxy page to a server failure without detail', async () => {
    stubFetch(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.getSelf(INTEGRATION);

    expect(result).toEqual({
      ok: false,
      failure: expect.objectContaining({ kind: 'server', status: 502 }),
    });
    expect(result.ok || result.failure.detail).toBeUndefined();
  });

  it('maps a network error', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.getSelf(INTEGRATION);

    expect(result).toMatchObject({
      ok: false,
      failure: {
        kind: 'network',
        message: 'Could not reach acme.ada.support.',
      },
    });
  });

  it('maps a response that never comes to a timeout', async () => {
    stubFetch(() => new Promise<Response>(() => {}));
    const client = createAdaClient(ACME, TOKEN, {
      retryLimit: 0,
      timeoutMs: 50,
    });

    const result = await client.getSelf(INTEGRATION);

    expect(result).toMatchObject({ ok: false, failure: { kind: 'timeout' } });
  });

  it.each([
    ['malformed JSON', '{"id": '],
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['a wrong field type', '{"status": 3}'],
  ])('maps %s to unreadable', async (_, body) => {
    stubFetch(() => new Response(body, { status: 200 }));
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 0 });

    const result = await client.getSelf(INTEGRATION);

    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'unreadable' },
    });
  });

  it('retries a 503 and reports each retry', async () => {
    const calls = stubFetch(
      () => adaError(503),
      () => Response.json({ id: INSTALLATION, status: 'incomplete' }),
    );
    const onRetry = vi.fn();
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 2, onRetry });

    const result = await client.setStatus(
      INTEGRATION,
      INSTALLATION,
      'incomplete',
    );

    expect(result.ok).toBe(true);
    expect(calls).toHaveLength(2);
    expect(onRetry).toHaveBeenCalledWith(2, 3);
  });

  it('does not retry a 401', async () => {
    const calls = stubFetch(() => adaError(401));
    const client = createAdaClient(ACME, TOKEN, { retryLimit: 2 });

    await client.getSelf(INTEGRATION);

    expect(calls).toHaveLength(1);
  });
});
