import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_TOKENS, demoSeed, startLocalAda } from './index';
import type { LocalAda } from './index';
import { json, send } from './test-client';

const KNOWLEDGE = `/api/v2/platform-integrations/${DEMO_IDS.knowledgeSync}/installations`;
const ACME_KNOWLEDGE = `${KNOWLEDGE}/${DEMO_IDS.acmeKnowledgeSync}`;

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda();
});
afterAll(() => ada.close());
beforeEach(() => {
  ada.reset();
  ada.seed(demoSeed());
});

function patch(
  path: string,
  body: string,
  token: string = DEMO_TOKENS.acmeKnowledgeSync,
) {
  return send(ada, { method: 'PATCH', path, token, body });
}

function firstError(body: string) {
  return (JSON.parse(body) as { errors: Array<Record<string, unknown>> })
    .errors[0];
}

describe('GET installations/self', () => {
  it('answers the installation the token belongs to', async () => {
    const res = await send(ada, {
      path: `${KNOWLEDGE}/self`,
      token: DEMO_TOKENS.acmeKnowledgeSync,
    });

    expect(res.status).toBe(200);
    expect(json(res)).toMatchObject({
      id: DEMO_IDS.acmeKnowledgeSync,
      platform_integration_id: DEMO_IDS.knowledgeSync,
      status: 'complete',
      configuration: { api_key: expect.any(String) },
    });
  });

  it('serves every demo token on its own host', async () => {
    for (const instance of demoSeed().instances) {
      for (const { integrationId, record, tokens } of instance.installations) {
        const res = await send(ada, {
          host: instance.host,
          path: `/api/v2/platform-integrations/${integrationId}/installations/self`,
          token: tokens[0]?.value,
        });
        expect(json(res)).toMatchObject({ id: record.id });
      }
    }
  });

  it('refuses a token of another integration with 403', async () => {
    const res = await send(ada, {
      path: `${KNOWLEDGE}/self`,
      token: DEMO_TOKENS.acmeCrmContacts,
    });

    expect(res.status).toBe(403);
  });

  it('answers 404 for an integration the host does not have', async () => {
    const res = await send(ada, {
      path: `/api/v2/platform-integrations/${DEMO_IDS.orderLookup}/installations/self`,
      token: DEMO_TOKENS.acmeKnowledgeSync,
    });

    expect(res.status).toBe(404);
  });
});

describe('authentication', () => {
  it.each([
    ['missing', {}],
    ['malformed', { authorization: 'Token abc' }],
    ['unknown', { authorization: 'Bearer nope' }],
  ])('answers 401 to a %s token', async (_name, headers) => {
    const res = await send(ada, { path: `${KNOWLEDGE}/self`, headers });

    expect(res.status).toBe(401);
    expect(firstError(res.body)).toMatchObject({ type: 'unauthorized' });
  });

  it('treats a token from another host as unknown', async () => {
    const res = await send(ada, {
      host: 'globex.eu.ada.support',
      path: `${KNOWLEDGE}/self`,
      token: DEMO_TOKENS.acmeKnowledgeSync,
    });

    expect(res.status).toBe(401);
  });

  it('says so when the token expired', async () => {
    const res = await send(ada, {
      path: `${KNOWLEDGE}/self`,
      token: DEMO_TOKENS.acmeKnowledgeSyncExpired,
    });

    expect(res.status).toBe(401);
    expect(firstError(res.body)?.message).toMatch(/expired/);
  });
});

describe('PATCH installation', () => {
  it('updates status and updated, and returns the full record', async () => {
    const res = await patch(ACME_KNOWLEDGE, '{"status":"incomplete"}');

    const body = json(res) as Record<string, unknown>;
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ status: 'incomplete', configuration: {} });
    expect(body.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/);
    expect(
      ada.installation(
        'acme.ada.support',
        DEMO_IDS.knowledgeSync,
        DEMO_IDS.acmeKnowledgeSync,
      ),
    ).toEqual(body);
  });

  it('leaves the record alone for an empty update', async () => {
    const res = await patch(ACME_KNOWLEDGE, '{}');

    expect(json(res)).toMatchObject({ status: 'complete' });
  });

  it('answers 403 to a token of another installation on the host', async () => {
    const res = await patch(
      ACME_KNOWLEDGE,
      '{"status":"complete"}',
      DEMO_TOKENS.acmeCrmContacts,
    );

    expect(res.status).toBe(403);
    expect(firstError(res.body)).toMatchObject({ type: 'forbidden' });
  });

  it('answers 404 for an unknown installation', async () => {
    const res = await patch(`${KNOWLEDGE}/000000000000000000000000`, '{}');

    expect(res.status).toBe(404);
  });

  it.each([
    ['a wrong status', '{"status":"done"}', 'status'],
    ['a null status', '{"status":null}', 'status'],
    ['malformed JSON', '{"status":', 'body'],
    ['an array', '["complete"]', 'body'],
  ])('answers 400 to %s', async (_name, body, parameter) => {
    const res = await patch(ACME_KNOWLEDGE, body);

    expect(res.status).toBe(400);
    expect(firstError(res.body)).toMatchObject({
      type: 'validation_error',
      details: [{ parameter, location: 'body', message: expect.any(String) }],
    });
  });

  it('answers 413 to a body over 10 MB', async () => {
    const res = await patch(ACME_KNOWLEDGE, 'x'.repeat(10 * 1024 * 1024 + 1));

    expect(res.status).toBe(413);
    expect(firstError(res.body)).toMatchObject({ type: 'payload_too_large' });
  });
});

describe('GET oauth/self', () => {
  it('names the installation and the instance handle', async () => {
    const res = await send(ada, {
      host: 'globex.eu.ada.support',
      path: '/api/platform_integrations/oauth/self',
      token: DEMO_TOKENS.globexOrderLookup,
    });

    expect(json(res)).toEqual({
      platform_integration_installation_id: DEMO_IDS.globexOrderLookup,
      client_handle: 'globex',
    });
  });
});

describe('routing', () => {
  it.each([
    ['an unknown host', 'nobody.ada.support', `${KNOWLEDGE}/self`],
    ['an unknown API path', 'acme.ada.support', '/api/v2/nothing'],
  ])('answers 404 with an Ada error body for %s', async (_n, host, path) => {
    const res = await send(ada, { host, path });

    expect(res.status).toBe(404);
    expect(firstError(res.body)).toMatchObject({ type: 'not_found' });
  });

  it('answers preflights for any origin', async () => {
    const res = await send(ada, {
      method: 'OPTIONS',
      path: ACME_KNOWLEDGE,
      headers: {
        origin: 'chrome-extension://abcdefghijklmnop',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(
      'chrome-extension://abcdefghijklmnop',
    );
    expect(res.headers['access-control-allow-methods']).toContain('PATCH');
  });
});
