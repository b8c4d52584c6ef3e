import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_TOKENS, demoSeed, startLocalAda } from './index';
import type { LocalAda } from './index';
import { send } from './test-client';

const { crmContacts, acmeCrmContacts } = DEMO_IDS;
const INSTALLATION = `/api/v2/platform-integrations/${crmContacts}/installations/${acmeCrmContacts}`;
const token = DEMO_TOKENS.acmeCrmContacts;

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda();
});
afterAll(() => ada.close());
beforeEach(() => {
  ada.reset();
  ada.seed(demoSeed());
});

const markComplete = (timeoutMs?: number) =>
  send(ada, {
    method: 'PATCH',
    path: INSTALLATION,
    token,
    body: '{"status":"complete"}',
    timeoutMs,
  });

const status = () =>
  ada.installation('acme.ada.support', crmContacts, acmeCrmContacts)?.status;

describe('respondAfterMs', () => {
  it('applies the change, then answers late', async () => {
    ada.fault({ method: 'PATCH', respondAfterMs: 150 });
    const started = Date.now();

    const res = await markComplete();

    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(status()).toBe('complete');
    expect(ada.requests()).toMatchObject([{ method: 'PATCH', status: 200 }]);
  });

  it('applies the change although the client leaves before the answer', async () => {
    ada.fault({ method: 'PATCH', respondAfterMs: Number.MAX_SAFE_INTEGER });

    const res = await markComplete(100);
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(res.error?.message).toBe('timed out');
    expect(status()).toBe('complete');
    expect(ada.requests()).toMatchObject([{ method: 'PATCH', status: 0 }]);
  });

  it('holds only the requests it matched', async () => {
    ada.fault({ method: 'PATCH', respondAfterMs: 60_000 });

    const read = await send(ada, {
      path: `/api/v2/platform-integrations/${crmContacts}/installations/self`,
      token,
      timeoutMs: 2_000,
    });

    expect(read.status).toBe(200);
  });
});
