import { Window } from 'happy-dom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_IDS, demoSeed, startLocalAda } from './index';
import type { LocalAda } from './index';
import { send } from './test-client';

const { knowledgeSync, crmContacts } = DEMO_IDS;
const PAGE_PATHS = [
  '/',
  `/platform/integrations/${knowledgeSync}`,
  `/platform/integrations/${knowledgeSync}/connections/success`,
  `/platform/integrations/${knowledgeSync}/connections/error`,
];

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda();
});
afterAll(() => ada.close());
beforeEach(() => {
  ada.reset();
  ada.seed(demoSeed());
});

describe('dashboard pages', () => {
  it('serves the same single-page app at every dashboard path', async () => {
    const pages = await Promise.all(
      PAGE_PATHS.map((path) => send(ada, { path })),
    );

    expect(pages.map(({ status }) => status)).toEqual([200, 200, 200, 200]);
    expect(new Set(pages.map(({ body }) => body)).size).toBe(1);
    expect(pages[0]?.headers['content-type']).toMatch(/^text\/html/);
    expect(pages[0]?.body).toContain('id="dashboard-main"');
    expect(pages[0]?.body).not.toMatch(/<(script|link)[^>]+(src|href)=/);
  });

  it("lists the host's integrations without auth", async () => {
    const res = await send(ada, {
      host: 'globex.eu.ada.support',
      path: '/__local-ada/integrations',
    });

    expect(JSON.parse(res.body)).toEqual({
      host: 'globex.eu.ada.support',
      integrations: [
        { id: knowledgeSync, name: 'Knowledge Sync' },
        { id: DEMO_IDS.orderLookup, name: 'Order Lookup' },
      ],
    });
  });

  it('answers 404 on a host with no instance', async () => {
    const res = await send(ada, { host: 'nobody.ada.support', path: '/' });

    expect(res.status).toBe(404);
  });
});

describe('dashboard app', () => {
  async function openDashboard(path: string) {
    const page = await send(ada, { path });
    const data = await send(ada, { path: '/__local-ada/integrations' });
    const window = new Window({
      url: `https://acme.ada.support${path}`,
      // Only our own page's script runs, so the VM warning does not apply.
      settings: {
        enableJavaScriptEvaluation: true,
        suppressInsecureJavaScriptEnvironmentWarning: true,
      },
    });
    // The page's only request, answered with what the server gave us.
    window.fetch = async () => new window.Response(data.body);
    window.document.write(page.body);
    await window.happyDOM.waitUntilComplete();
    return window;
  }

  it('shows the host, the integration and links to the others', async () => {
    const window = await openDashboard(
      `/platform/integrations/${knowledgeSync}`,
    );
    const { document } = window;

    expect(document.querySelector('#dashboard-host')?.textContent).toBe(
      'acme.ada.support',
    );
    expect(document.querySelector('#dashboard-title')?.textContent).toBe(
      'Knowledge Sync',
    );
    expect(
      [...document.querySelectorAll('nav a[data-integration-id]')].map((link) =>
        link.getAttribute('data-integration-id'),
      ),
    ).toEqual([knowledgeSync, crmContacts]);
    await window.happyDOM.close();
  });

  it('navigates with pushState and follows popstate', async () => {
    const window = await openDashboard(
      `/platform/integrations/${knowledgeSync}`,
    );
    const { document } = window;
    const title = () => document.querySelector('#dashboard-title')?.textContent;

    document
      .querySelector(`nav a[data-integration-id="${crmContacts}"]`)
      ?.dispatchEvent(
        new window.MouseEvent('click', { bubbles: true, cancelable: true }),
      );
    const afterClick = [window.location.pathname, title()];
    window.history.replaceState(
      null,
      '',
      `/platform/integrations/${knowledgeSync}`,
    );
    window.dispatchEvent(new window.PopStateEvent('popstate'));

    expect(afterClick).toEqual([
      `/platform/integrations/${crmContacts}`,
      'CRM Contacts',
    ]);
    expect(title()).toBe('Knowledge Sync');
    expect(window.history.length).toBe(2);
    await window.happyDOM.close();
  });
});

describe('requests()', () => {
  it('records API and dashboard requests in order, with what was sent', async () => {
    await send(ada, { path: '/platform/integrations/x?tab=1' });
    await send(ada, {
      method: 'PATCH',
      path: '/api/v2/platform-integrations/a/installations/b',
      token: 'secret',
      body: '{"status":"complete"}',
    });

    expect(ada.requests()).toMatchObject([
      { method: 'GET', path: '/platform/integrations/x?tab=1', status: 200 },
      {
        method: 'PATCH',
        host: 'acme.ada.support',
        path: '/api/v2/platform-integrations/a/installations/b',
        headers: { authorization: 'Bearer secret' },
        body: '{"status":"complete"}',
        status: 401,
        time: expect.any(Number),
      },
    ]);
  });

  it('builds origins with the port', () => {
    expect(ada.origin('acme')).toBe(`https://acme.ada.support:${ada.port}`);
    expect(ada.origin('globex', 'eu')).toBe(
      `https://globex.eu.ada.support:${ada.port}`,
    );
  });
});
