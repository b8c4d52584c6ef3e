import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, demoSeed, startLocalAda } from './index';
import type { LocalAda } from './index';
import { send } from './test-client';

const PAGE = `/platform/integrations/${DEMO_IDS.knowledgeSync}`;

let plain: LocalAda;
let hostile: LocalAda;

beforeAll(async () => {
  [plain, hostile] = await Promise.all([
    startLocalAda(),
    startLocalAda({ hostilePages: true }),
  ]);
});
afterAll(() => Promise.all([plain.close(), hostile.close()]));
beforeEach(() => {
  for (const ada of [plain, hostile]) {
    ada.reset();
    ada.seed(demoSeed());
  }
});

describe('hostile pages', () => {
  it('are off by default: odd paths get 404 and no script is added', async () => {
    const odd = await send(plain, { path: '/platform/integrations/a%2Fb/c' });
    const page = await send(plain, {
      path: `${PAGE}?local-ada-hostile=synthetic-clicks`,
    });

    expect(odd.status).toBe(404);
    expect(page.body).not.toContain('local-ada-variant');
  });

  it.each([
    ['an encoded slash', '/platform/integrations/a%2Fb%2e%2e'],
    ['a 10,000-character id', `/platform/integrations/${'a'.repeat(10_000)}`],
    ['the root with a query', '/?id=x#/platform/integrations/x'],
    ['any other path', '/somewhere/else'],
  ])('serve the dashboard at %s', async (_name, path) => {
    const res = await send(hostile, { path });

    expect(res.status).toBe(200);
    expect(res.body).toContain('id="dashboard-main"');
  });

  it('keep API and data paths as before', async () => {
    const api = await send(hostile, { path: '/api/v2/nothing' });
    const data = await send(hostile, { path: '/__local-ada/nothing' });

    expect([api.status, data.status]).toEqual([404, 404]);
    expect(JSON.parse(api.body)).toMatchObject({
      errors: [{ type: 'not_found' }],
    });
  });

  it('add the named script to dashboard pages only', async () => {
    const page = await send(hostile, {
      path: `${PAGE}?local-ada-hostile=push-state&local-ada-to=/x`,
    });
    const unknown = await send(hostile, {
      path: `${PAGE}?local-ada-hostile=nothing`,
    });
    const api = await send(hostile, {
      path: '/__local-ada/integrations?local-ada-hostile=push-state',
    });

    expect(page.body).toContain('history.pushState');
    expect(page.body.indexOf('history.pushState')).toBeLessThan(
      page.body.indexOf('</body>'),
    );
    expect(unknown.body).not.toContain('local-ada-hostile=');
    expect(api.body).not.toContain('<script');
  });
});
