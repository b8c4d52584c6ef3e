import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readHistory } from './change-history';
import { readDashboardPage } from './dashboard-page';
import { changeStatus, storeToken } from './installation-service';
import { reconcilePending } from './reconcile-pending';
import { cachedRecord } from './record-cache';
import { findToken, saveToken } from './token-vault';

const PAGE_URL = 'https://acme.ada.support/platform/integrations/int1';
const PAGE = readDashboardPage(PAGE_URL);
if (!PAGE) throw new Error('fixture is not a dashboard page');
const TOKEN = 'acme-token-value-1234';

function answerWith(...bodies: [number, unknown][]) {
  const seen: Request[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: Request | string, init?: RequestInit) => {
      seen.push(new Request(input, init));
      const [status, body] = bodies[
        Math.min(seen.length, bodies.length) - 1
      ] ?? [500, {}];
      return Response.json(body, { status });
    }),
  );

  return seen;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('storeToken', () => {
  it('asks Ada whose token it is, saves it, then reads the record', async () => {
    const seen = answerWith(
      [
        200,
        {
          platform_integration_installation_id: 'inst1',
          client_handle: 'acme',
        },
      ],
      [200, { id: 'inst1', status: 'incomplete' }],
    );

    const view = await storeToken(PAGE, ` Bearer ${TOKEN} `);

    expect(view).toMatchObject({ state: 'ready', record: { id: 'inst1' } });
    expect(seen.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/platform_integrations/oauth/self',
      '/api/v2/platform-integrations/int1/installations/self',
    ]);
    expect((await findToken(PAGE))?.token).toBe(TOKEN);
  });

  it('refuses a token that belongs to another instance', async () => {
    answerWith([200, { client_handle: 'globex' }]);

    const view = await storeToken(PAGE, TOKEN);

    expect(view).toMatchObject({
      state: 'failed',
      failure: { message: expect.stringContaining('“globex”, not “acme”') },
    });
    expect(await findToken(PAGE)).toBeUndefined();
  });

  it('refuses a token Ada does not accept', async () => {
    answerWith([401, { errors: [{ type: 'auth', message: 'expired' }] }]);

    const view = await storeToken(PAGE, TOKEN);

    expect(view).toMatchObject({
      state: 'failed',
      failure: { kind: 'unauthorized' },
    });
    expect(await findToken(PAGE)).toBeUndefined();
  });

  it('explains a missing host permission before sending anything', async () => {
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const seen = answerWith([200, {}]);

    const view = await storeToken(PAGE, TOKEN);

    expect(view).toMatchObject({
      state: 'failed',
      failure: { kind: 'no-access' },
    });
    expect(seen).toHaveLength(0);
  });
});

describe('changeStatus', () => {
  it('records the change, sends one PATCH, and caches the answer', async () => {
    await saveToken(PAGE, TOKEN);
    const seen = answerWith([200, { id: 'inst1', status: 'complete' }]);

    const view = await changeStatus(PAGE, {
      installationId: 'inst1',
      status: 'complete',
      from: 'incomplete',
    });

    expect(view.state).toBe('ready');
    expect(seen.map((request) => request.method)).toEqual(['PATCH']);
    expect(await readHistory()).toEqual([
      expect.objectContaining({
        from: 'incomplete',
        to: 'complete',
        outcome: 'done',
        installationId: 'inst1',
      }),
    ]);
    expect((await cachedRecord(PAGE))?.record.status).toBe('complete');
  });

  it('records a failed change with its sentence', async () => {
    await saveToken(PAGE, TOKEN);
    answerWith([404, { errors: [{ type: 'nf', message: 'gone' }] }]);

    await changeStatus(PAGE, { installationId: 'inst1', status: 'complete' });

    expect((await readHistory())[0]).toMatchObject({
      outcome: 'failed',
      error: 'acme.ada.support has no such integration or installation.',
    });
  });
});

describe('changeStatus with an answer that does not show the new status', () => {
  it('reads the installation back and records a change that did not land', async () => {
    await saveToken(PAGE, TOKEN);
    const seen = answerWith(
      [200, { id: 'inst1', status: null }],
      [200, { id: 'inst1', status: 'incomplete' }],
    );

    await changeStatus(PAGE, { installationId: 'inst1', status: 'complete' });

    expect(seen.map((request) => request.method)).toEqual(['PATCH', 'GET']);
    expect((await readHistory())[0]).toMatchObject({
      outcome: 'failed',
      error: 'Ada answered without the new status; Ada shows incomplete.',
    });
  });

  it('counts it done when the read-back shows the new status', async () => {
    await saveToken(PAGE, TOKEN);
    answerWith(
      [200, { id: 'inst1', status: 'paused' }],
      [200, { id: 'inst1', status: 'complete' }],
    );

    await changeStatus(PAGE, { installationId: 'inst1', status: 'complete' });

    expect((await readHistory())[0]?.outcome).toBe('done');
  });
});

describe('reconcilePending', () => {
  const pending = {
    id: 'p1',
    host: 'acme.ada.support',
    integrationId: 'int1',
    installationId: 'inst1',
    from: 'incomplete',
    to: 'complete',
    startedAt: 1,
    outcome: 'pending',
  };

  it('settles a change that landed as done', async () => {
    await saveToken(PAGE, TOKEN);
    await fakeBrowser.storage.local.set({ history: [pending] });
    answerWith([200, { id: 'inst1', status: 'complete' }]);

    await reconcilePending();

    expect((await readHistory())[0]).toMatchObject({
      outcome: 'done',
      reconciled: true,
    });
  });

  it('settles a change that did not land as failed, saying what Ada shows', async () => {
    await saveToken(PAGE, TOKEN);
    await fakeBrowser.storage.local.set({ history: [pending] });
    answerWith([200, { id: 'inst1', status: 'incomplete' }]);

    await reconcilePending();

    expect((await readHistory())[0]).toMatchObject({
      outcome: 'failed',
      reconciled: true,
      error: 'Interrupted before Ada confirmed; Ada shows incomplete.',
    });
  });

  it('leaves settled entries alone', async () => {
    await fakeBrowser.storage.local.set({
      history: [{ ...pending, outcome: 'done' }],
    });
    const seen = answerWith([200, {}]);

    await reconcilePending();

    expect(seen).toHaveLength(0);
    expect((await readHistory())[0]?.reconciled).toBeUndefined();
  });
});
