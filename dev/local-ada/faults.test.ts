import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_TOKENS, demoSeed, startLocalAda } from './index';
import type { LocalAda } from './index';
import { send } from './test-client';

const SELF = `/api/v2/platform-integrations/${DEMO_IDS.knowledgeSync}/installations/self`;
const token = DEMO_TOKENS.acmeKnowledgeSync;

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda();
});
afterAll(() => ada.close());
beforeEach(() => {
  ada.reset();
  ada.seed(demoSeed());
});

describe('faults', () => {
  it('answers the given status with an Ada error body, once', async () => {
    ada.fault({ status: 500 });

    const first = await send(ada, { path: SELF, token });
    const second = await send(ada, { path: SELF, token });

    expect(first.status).toBe(500);
    expect(JSON.parse(first.body)).toMatchObject({
      errors: [{ type: 'internal_server_error' }],
    });
    expect(second.status).toBe(200);
  });

  it('answers proxy HTML when asked', async () => {
    ada.fault({ status: 503, html: true });

    const res = await send(ada, { path: SELF, token });

    expect(res.status).toBe(503);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<html>');
  });

  it('sends a raw body as is', async () => {
    ada.fault({ body: '{"id": "abc", ' });

    const res = await send(ada, { path: SELF, token });

    expect(res.status).toBe(200);
    expect(res.body).toBe('{"id": "abc", ');
  });

  it('delays, then answers normally', async () => {
    ada.fault({ latencyMs: 150 });
    const started = Date.now();

    const res = await send(ada, { path: SELF, token });

    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
  });

  it('can hold a request forever, recorded as unanswered', async () => {
    ada.fault({ latencyMs: Number.MAX_SAFE_INTEGER });

    const res = await send(ada, { path: SELF, token, timeoutMs: 100 });
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(res.error?.message).toBe('timed out');
    expect(ada.requests()).toMatchObject([{ path: SELF, status: 0 }]);
  });

  it('drops the connection without answering', async () => {
    ada.fault({ drop: true });

    const res = await send(ada, { path: SELF, token });

    expect(res.error).toBeInstanceOf(Error);
    expect(ada.requests()).toMatchObject([{ path: SELF, status: 0 }]);
  });

  it('matches on path, method and host', async () => {
    ada.fault({ path: /oauth/, status: 500 });
    ada.fault({ path: SELF, method: 'PATCH', status: 501 });
    ada.fault({ host: 'globex.eu.ada.support', status: 502 });

    const unmatched = await send(ada, { path: SELF, token });
    const matched = await send(ada, {
      host: 'globex.eu.ada.support',
      path: SELF,
    });

    expect(unmatched.status).toBe(200);
    expect(matched.status).toBe(502);
  });

  it('repeats `times` times', async () => {
    ada.fault({ status: 429, times: 2 });

    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await send(ada, { path: SELF, token })).status);
    }

    expect(statuses).toEqual([429, 429, 200]);
  });

  it('leaves dashboard pages alone', async () => {
    ada.fault({ status: 500 });

    const page = await send(ada, { path: '/' });
    const api = await send(ada, { path: SELF, token });

    expect(page.status).toBe(200);
    expect(api.status).toBe(500);
  });

  it('applies to API paths without a route', async () => {
    ada.fault({ path: '/api/v9/unknown', status: 502 });

    const res = await send(ada, { path: '/api/v9/unknown?x=1' });

    expect(res.status).toBe(502);
  });

  it('are forgotten by clearFaults and reset', async () => {
    ada.fault({ status: 500 });
    ada.clearFaults();
    ada.fault({ status: 500 });
    ada.reset();
    ada.seed(demoSeed());

    const res = await send(ada, { path: SELF, token });

    expect(res.status).toBe(200);
  });
});
