import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_TOKENS, demoSeed, startLocalAda } from './index';
import type { LocalAda } from './index';
import { createRateLimiter } from './rate-limit';
import { send } from './test-client';

describe('createRateLimiter', () => {
  it('allows 10 a second, then refuses until the second has passed', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);

    const first = Array.from({ length: 11 }, () => limiter.allow('a'));
    now = 1_000;

    expect(first.filter(Boolean)).toHaveLength(10);
    expect(limiter.allow('a')).toBe(true);
  });

  it('allows 100 a minute even when each second stays under 10', () => {
    let now = 0;
    const limiter = createRateLimiter(() => now);
    const results = [];
    for (let i = 0; i < 101; i++) {
      now = i * 200;
      results.push(limiter.allow('a'));
    }

    expect(results.slice(0, 100).every(Boolean)).toBe(true);
    expect(results[100]).toBe(false);
    now = 60_000;
    expect(limiter.allow('a')).toBe(true);
  });

  it('counts each host on its own', () => {
    const limiter = createRateLimiter(() => 0);
    for (let i = 0; i < 10; i++) limiter.allow('a');

    expect(limiter.allow('a')).toBe(false);
    expect(limiter.allow('b')).toBe(true);
  });
});

describe('rate limiting over HTTPS', () => {
  const path = `/api/v2/platform-integrations/${DEMO_IDS.knowledgeSync}/installations/self`;
  let ada: LocalAda;

  beforeAll(async () => {
    ada = await startLocalAda();
  });
  afterAll(() => ada.close());
  beforeEach(() => {
    ada.reset();
    ada.seed(demoSeed());
  });

  it('answers 429 with an Ada error body and no Retry-After', async () => {
    const sent = await Promise.all(
      Array.from({ length: 11 }, () =>
        send(ada, { path, token: DEMO_TOKENS.acmeKnowledgeSync }),
      ),
    );

    const limited = sent.filter(({ status }) => status === 429);
    expect(limited).toHaveLength(1);
    expect(limited[0]?.headers['retry-after']).toBeUndefined();
    expect(JSON.parse(limited[0]?.body ?? '')).toMatchObject({
      errors: [{ type: 'rate_limit_exceeded' }],
    });
    expect(ada.requests().map(({ status }) => status)).toContain(429);
  });

  it('starts counting afresh after reset', async () => {
    for (let i = 0; i < 10; i++) await send(ada, { path: '/api/x' });
    const limited = await send(ada, { path: '/api/x' });
    ada.reset();
    ada.seed(demoSeed());

    const res = await send(ada, { path: '/api/x' });

    expect(limited.status).toBe(429);
    expect(res.status).toBe(404);
  });
});
