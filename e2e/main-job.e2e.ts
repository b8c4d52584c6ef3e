import type { Page } from 'puppeteer-core';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';
import {
  DEMO_IDS,
  DEMO_TOKENS,
  demoSeed,
  startLocalAda,
  type LocalAda,
} from '../dev/local-ada/index';
import { saveScreenshot } from './harness/artifacts';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';
import { checkAgainstContract } from './harness/contract';
import {
  readClosedShadowText,
  trustedClickInClosedShadow,
} from './harness/shadow';
import { apiCalls, bearerOf, tokensOnWrongHost } from './support/ada-traffic';
import {
  clearExtensionStorage,
  extensionStorageText,
} from './support/extension-storage';
import {
  CONTROL,
  controlIntegrationIds,
  waitForControlIds,
  waitForControlText,
} from './support/in-page';
import {
  fill,
  isDisabled,
  textOf,
  waitForElement,
  waitForText,
  waitForValue,
} from './support/page-ui';
import { blockedPageAttempts, watchShadowRoots } from './support/page-attacks';

// The partner's main job, end to end in each browser: save a token, read the
// installation, mark it complete or incomplete from the popup and from the
// dashboard, and never send a token anywhere else.

const SEED = demoSeed();
const ADA_HOSTS = SEED.instances.map(({ host }) => host);
const ACME = 'acme.ada.support';
const GLOBEX = 'globex.eu.ada.support';

// Half an hour off UTC (and in daylight time on both seeded dates), so a date
// shown in UTC, or shifted by whole hours only, cannot pass for local time.
const TIME_ZONE = 'America/St_Johns';

const TOKEN_FORM = 'form[data-testid="token-form"]';
const TOKEN_INPUT = `${TOKEN_FORM} input[name="token"]`;
const BADGE = '[data-testid="status-badge"]';
const MARK_COMPLETE = 'button[data-action="mark-complete"]';
const MARK_INCOMPLETE = 'button[data-action="mark-incomplete"]';
const CONFIRM_REVERT = 'button[data-action="confirm-revert"]';
const INPAGE_STATUS = '[data-testid="inpage-status"]';
const INPAGE_BUTTON = 'button[data-action="toggle-status"]';

const selfPath = (integrationId: string) =>
  `/api/v2/platform-integrations/${integrationId}/installations/self`;
const installationPath = (integrationId: string, installationId: string) =>
  `/api/v2/platform-integrations/${integrationId}/installations/${installationId}`;
const dashboardUrl = (host: string, integrationId: string) =>
  `https://${host}/platform/integrations/${integrationId}`;

let ada: LocalAda;
const zoneBefore = process.env.TZ;

beforeAll(async () => {
  // Browsers inherit this file's environment, so TZ sets their local time.
  process.env.TZ = TIME_ZONE;
  ada = await startLocalAda({ port: 443 });
});

afterAll(async () => {
  await ada?.close();
  if (zoneBefore === undefined) delete process.env.TZ;
  else process.env.TZ = zoneBefore;
});

describe.each(BROWSERS)('main job: %s', (name) => {
  let ext: ExtensionBrowser;
  // Closed after each test, newest first, so popups go before their tabs.
  let opened: Page[] = [];

  const keep = (page: Page): Page => {
    opened.push(page);

    return page;
  };

  const openDashboard = async (
    host: string,
    integrationId: string,
    beforeLoad?: (page: Page) => Promise<void>,
  ) => {
    const page = keep(await ext.browser.newPage());
    await beforeLoad?.(page);
    await page.goto(dashboardUrl(host, integrationId));
    await page.waitForSelector('#dashboard-main[data-loaded="true"]');

    return page;
  };

  const openPopup = async (tab: Page) => keep(await ext.openPopup(tab));

  const closePopup = async (popup: Page) => {
    opened = opened.filter((page) => page !== popup);
    await popup.close();
  };

  const saveTokenInPopup = async (popup: Page, token: string) => {
    await fill(popup, TOKEN_INPUT, token);
    await popup.click(`${TOKEN_FORM} button[type="submit"]`);
  };

  const saveTokensInOptions = async (
    entries: { url: string; token: string }[],
  ) => {
    const options = keep(await ext.openExtensionPage('/options.html'));
    const form = 'form[data-testid="add-token"]';

    for (const [index, { url, token }] of entries.entries()) {
      await fill(options, `${form} input[name="dashboard-url"]`, url);
      await fill(options, `${form} input[name="token"]`, token);
      await options.click(`${form} button[type="submit"]`);
      await waitForValue(
        () => options.$$eval('tr[data-testid="token-row"]', (r) => r.length),
        (rows) => rows === index + 1,
        { what: `${index + 1} token rows on the options page` },
      );
    }
  };

  beforeAll(async () => {
    ext = await launchWithExtension(name, { adaHosts: ADA_HOSTS });
  });

  afterAll(async () => {
    await ext?.close();
  });

  beforeEach(() => {
    ada.reset();
    ada.seed(demoSeed());
  });

  afterEach(async () => {
    for (const page of opened.reverse()) {
      await page.close().catch(() => undefined);
    }
    opened = [];
    // Tokens persist in extension storage; the next test starts without any.
    await clearExtensionStorage(ext);

    const requests = ada.requests();
    expect(await checkAgainstContract(requests)).toEqual([]);
    expect(tokensOnWrongHost(requests, SEED)).toEqual([]);
  });

  it('asks for a token first and reads the installation with it', async () => {
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    const popup = await openPopup(dashboard);

    await waitForElement(popup, TOKEN_INPUT);
    expect(await textOf(popup, BADGE)).toBeUndefined();
    expect(apiCalls(ada.requests())).toEqual([]);

    await saveTokenInPopup(popup, DEMO_TOKENS.acmeKnowledgeSync);

    await waitForText(popup, BADGE, 'Complete');
    expect(await textOf(popup, '[data-testid="installation-id"]')).toBe(
      DEMO_IDS.acmeKnowledgeSync,
    );
    expect(await textOf(popup, TOKEN_FORM)).toBeUndefined();
    // The popup is handed records, never the token.
    expect(await popup.content()).not.toContain(DEMO_TOKENS.acmeKnowledgeSync);

    const calls = apiCalls(ada.requests());
    const reads = calls.filter(
      ({ path }) => path === selfPath(DEMO_IDS.knowledgeSync),
    );
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ method: 'GET', status: 200 });
    // Every call (the ownership check before saving too) went to acme with
    // that token, and without the dashboard session's cookies.
    for (const call of calls) {
      expect(call.host).toBe(ACME);
      expect(bearerOf(call)).toBe(DEMO_TOKENS.acmeKnowledgeSync);
      expect(call.headers.cookie).toBeUndefined();
    }
  });

  it('shows the record in local time with secrets masked until revealed', async () => {
    const secret = 'ak_live_3f9a1c7e5b2d4f6a8c0e';
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    const popup = await openPopup(dashboard);
    await saveTokenInPopup(popup, DEMO_TOKENS.acmeKnowledgeSync);

    await waitForText(popup, BADGE, 'Complete');
    const shown = {
      instance: await textOf(popup, '[data-testid="instance"]'),
      integration: await textOf(popup, '[data-testid="integration-id"]'),
      installation: await textOf(popup, '[data-testid="installation-id"]'),
      created: await textOf(popup, '[data-testid="created"]'),
      updated: await textOf(popup, '[data-testid="updated"]'),
      tree: await textOf(popup, '[data-testid="config-tree"]'),
      secret: await textOf(popup, '[data-testid="secret-value"]'),
    };
    await saveScreenshot(popup, 'popup-record');

    const record = ada.installation(
      ACME,
      DEMO_IDS.knowledgeSync,
      DEMO_IDS.acmeKnowledgeSync,
    );
    expect(record).toMatchObject({ created: '2024-03-11T09:15:00+00:00' });
    expect(shown).toMatchObject({
      instance: 'acme',
      integration: DEMO_IDS.knowledgeSync,
      installation: record?.id,
      secret: '••••••••',
    });
    // 09:15 and 17:40 UTC are 06:45 and 15:10 in St. John's (NDT, UTC-2:30).
    expect(shown.created).toMatch(/2024/);
    expect(shown.created).toMatch(/\b0?6:45\b/);
    expect(shown.updated).toMatch(/\b(3|15):10\b/);
    for (const date of [shown.created, shown.updated]) {
      expect(date).not.toMatch(/\d{4}-\d\d-\d\dT|\+00:00|9:15|17:40/);
    }
    expect(shown.tree).toContain('https://help.acme.example/hc/en-us');
    expect(shown.tree).toContain('hourly');
    expect(await popup.content()).not.toContain(secret);

    await popup.click(
      '[data-testid="config-tree"] button[aria-pressed="false"]',
    );

    expect(await waitForText(popup, '[data-testid="secret-value"]')).toBe(
      secret,
    );
    // Revealing is local: Ada was asked for the record once.
    const reads = apiCalls(ada.requests()).filter(({ path }) =>
      path.startsWith('/api/v2/'),
    );
    expect(reads.map(({ path }) => path)).toEqual([
      selfPath(DEMO_IDS.knowledgeSync),
    ]);
  });

  it('marks the installation complete, then incomplete, from the popup', async () => {
    const [integration, installation] = [
      DEMO_IDS.crmContacts,
      DEMO_IDS.acmeCrmContacts,
    ];
    const serverStatus = () =>
      ada.installation(ACME, integration, installation)?.status;
    const dashboard = await openDashboard(ACME, integration);
    const popup = await openPopup(dashboard);
    await saveTokenInPopup(popup, DEMO_TOKENS.acmeCrmContacts);

    await waitForText(popup, BADGE, 'Incomplete');
    const updatedBefore = await textOf(popup, '[data-testid="updated"]');
    expect(await isDisabled(popup, MARK_COMPLETE)).toBe(false);
    expect(await isDisabled(popup, MARK_INCOMPLETE)).toBe(true);
    expect(serverStatus()).toBe('incomplete');

    // Slow enough to see the popup while the change runs.
    ada.fault({ method: 'PATCH', latencyMs: 600 });
    await popup.click(MARK_COMPLETE);

    expect(await waitForText(popup, '[data-testid="busy"]')).toMatch(
      /^Marking complete/,
    );
    expect(await isDisabled(popup, MARK_COMPLETE)).toBe(true);
    expect(await isDisabled(popup, MARK_INCOMPLETE)).toBe(true);

    await waitForText(popup, BADGE, 'Complete');
    expect(await textOf(popup, '[data-testid="busy"]')).toBeUndefined();
    expect(await isDisabled(popup, MARK_COMPLETE)).toBe(true);
    expect(await isDisabled(popup, MARK_INCOMPLETE)).toBe(false);
    expect(await textOf(popup, '[data-testid="updated"]')).not.toBe(
      updatedBefore,
    );
    expect(serverStatus()).toBe('complete');

    // Reverting a finished setup asks first; nothing is sent until then.
    await popup.click(MARK_INCOMPLETE);

    await waitForElement(popup, CONFIRM_REVERT);
    expect(await textOf(popup, BADGE)).toBe('Complete');
    expect(serverStatus()).toBe('complete');

    await popup.click(CONFIRM_REVERT);

    await waitForText(popup, BADGE, 'Incomplete');
    expect(await isDisabled(popup, MARK_COMPLETE)).toBe(false);
    expect(await isDisabled(popup, MARK_INCOMPLETE)).toBe(true);
    expect(serverStatus()).toBe('incomplete');

    const patches = apiCalls(ada.requests()).filter(
      ({ method }) => method === 'PATCH',
    );
    expect(patches.map(({ body }) => body)).toEqual([
      '{"status":"complete"}',
      '{"status":"incomplete"}',
    ]);
    for (const patch of patches) {
      expect(patch).toMatchObject({
        host: ACME,
        path: installationPath(integration, installation),
        status: 200,
      });
      expect(bearerOf(patch)).toBe(DEMO_TOKENS.acmeCrmContacts);
    }
  });

  it('switches the status from the in-page control, for trusted clicks only', async () => {
    const [integration, installation] = [
      DEMO_IDS.knowledgeSync,
      DEMO_IDS.acmeKnowledgeSync,
    ];
    const serverStatus = () =>
      ada.installation(ACME, integration, installation)?.status;
    const patches = () =>
      apiCalls(ada.requests()).filter(({ method }) => method === 'PATCH');
    await saveTokensInOptions([
      {
        url: dashboardUrl(ACME, integration),
        token: DEMO_TOKENS.acmeKnowledgeSync,
      },
    ]);
    const dashboard = await openDashboard(ACME, integration, watchShadowRoots);

    await waitForControlText(dashboard, INPAGE_STATUS, 'Complete');
    expect(await readClosedShadowText(dashboard, CONTROL, INPAGE_BUTTON)).toBe(
      'Mark incomplete',
    );
    await saveScreenshot(dashboard, 'in-page');

    // Reverting takes a second click: the partner's first one only asks.
    await trustedClickInClosedShadow(dashboard, CONTROL, INPAGE_BUTTON);

    await waitForControlText(
      dashboard,
      INPAGE_BUTTON,
      'Confirm: mark incomplete',
    );

    // The page's own scripts cannot give that second click, however they try.
    expect(await blockedPageAttempts(dashboard, CONTROL)).toEqual({
      shadowRoot: null,
      capturedRoots: 0,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(patches()).toEqual([]);
    expect(serverStatus()).toBe('complete');
    expect(await readClosedShadowText(dashboard, CONTROL, INPAGE_STATUS)).toBe(
      'Complete',
    );
    expect(await readClosedShadowText(dashboard, CONTROL, INPAGE_BUTTON)).toBe(
      'Confirm: mark incomplete',
    );

    await trustedClickInClosedShadow(dashboard, CONTROL, INPAGE_BUTTON);

    await waitForControlText(dashboard, INPAGE_STATUS, 'Incomplete');
    await waitForControlText(dashboard, INPAGE_BUTTON, 'Mark complete');
    expect(serverStatus()).toBe('incomplete');

    await trustedClickInClosedShadow(dashboard, CONTROL, INPAGE_BUTTON);

    await waitForControlText(dashboard, INPAGE_STATUS, 'Complete');
    await waitForControlText(dashboard, INPAGE_BUTTON, 'Mark incomplete');
    expect(serverStatus()).toBe('complete');
    expect(
      await readClosedShadowText(
        dashboard,
        CONTROL,
        '[data-testid="inpage-message"]',
      ),
    ).toBe('');
    expect(patches().map(({ body }) => body)).toEqual([
      '{"status":"incomplete"}',
      '{"status":"complete"}',
    ]);
    for (const patch of patches()) {
      expect(patch.path).toBe(installationPath(integration, installation));
      expect(bearerOf(patch)).toBe(DEMO_TOKENS.acmeKnowledgeSync);
    }
  });

  it('moves the in-page control along with client-side navigation', async () => {
    await saveTokensInOptions([
      {
        url: dashboardUrl(ACME, DEMO_IDS.knowledgeSync),
        token: DEMO_TOKENS.acmeKnowledgeSync,
      },
    ]);
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    await waitForControlText(dashboard, INPAGE_STATUS, 'Complete');
    expect(await controlIntegrationIds(dashboard)).toEqual([
      DEMO_IDS.knowledgeSync,
    ]);

    await dashboard.click(
      `nav a[data-integration-id="${DEMO_IDS.crmContacts}"]`,
    );

    await waitForControlIds(dashboard, [DEMO_IDS.crmContacts]);
    expect(new URL(dashboard.url()).pathname).toBe(
      `/platform/integrations/${DEMO_IDS.crmContacts}`,
    );

    await dashboard.evaluate(() => history.pushState(null, '', '/platform'));

    await waitForControlIds(dashboard, []);
    // The dashboard document loaded once: every move was client-side.
    const requests = ada.requests();
    expect(
      requests.filter(({ path }) => path.startsWith('/platform/')),
    ).toHaveLength(1);
    // No token for crmContacts is stored, so nothing may be sent for it.
    expect(
      apiCalls(requests).filter(({ path }) =>
        path.includes(DEMO_IDS.crmContacts),
      ),
    ).toEqual([]);
  });

  // sender.url keeps the URL the document loaded with; the background has to
  // read the top frame's page from the tab URL that follows pushState.
  it('shows and switches the status after client-side navigation', async () => {
    const [integration, installation] = [
      DEMO_IDS.crmContacts,
      DEMO_IDS.acmeCrmContacts,
    ];
    await saveTokensInOptions([
      {
        url: dashboardUrl(ACME, integration),
        token: DEMO_TOKENS.acmeCrmContacts,
      },
    ]);
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    await waitForControlText(dashboard, INPAGE_STATUS, 'no token');

    await dashboard.click(`nav a[data-integration-id="${integration}"]`);

    await waitForControlIds(dashboard, [integration]);
    // A working control answers in well under a second.
    await waitForControlText(dashboard, INPAGE_STATUS, 'Incomplete', 2_000);

    await trustedClickInClosedShadow(dashboard, CONTROL, INPAGE_BUTTON);

    await waitForControlText(dashboard, INPAGE_STATUS, 'Complete');
    expect(ada.installation(ACME, integration, installation)?.status).toBe(
      'complete',
    );
  });

  // Firefox commits a traversal's URL only after the navigate event's
  // setTimeout(0); the session also syncs on popstate for that.
  it('puts the control back after history.back()', async () => {
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    await waitForControlIds(dashboard, [DEMO_IDS.knowledgeSync]);
    await dashboard.evaluate(() => history.pushState(null, '', '/platform'));
    await waitForControlIds(dashboard, []);

    await dashboard.evaluate(() => history.back());

    await waitForControlIds(dashboard, [DEMO_IDS.knowledgeSync], 2_000);
    expect(
      ada.requests().filter(({ path }) => path.startsWith('/platform/')),
    ).toHaveLength(1);
  });

  it('says a wrong or expired token was refused, and takes a new one', async () => {
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    const popup = await openPopup(dashboard);
    await saveTokenInPopup(popup, DEMO_TOKENS.acmeKnowledgeSyncExpired);

    expect(
      await waitForText(popup, '[data-testid="failure-message"]'),
    ).toContain('expired or is wrong');
    expect(await textOf(popup, '[data-testid="next-step"]')).toMatch(/token/);
    expect(await textOf(popup, `${TOKEN_FORM} button[type="submit"]`)).toBe(
      'Replace token',
    );
    expect(await textOf(popup, BADGE)).toBeUndefined();
    const refused = apiCalls(ada.requests());
    expect(refused.length).toBeGreaterThan(0);
    for (const call of refused) {
      expect(call).toMatchObject({ host: ACME, status: 401 });
      expect(bearerOf(call)).toBe(DEMO_TOKENS.acmeKnowledgeSyncExpired);
    }
    expect(await extensionStorageText(ext)).not.toContain(
      DEMO_TOKENS.acmeKnowledgeSyncExpired,
    );

    await saveTokenInPopup(popup, DEMO_TOKENS.acmeKnowledgeSync);

    await waitForText(popup, BADGE, 'Complete');
    expect(await textOf(popup, '[data-testid="failure-message"]')).toBe(
      undefined,
    );
    const accepted = apiCalls(ada.requests()).slice(refused.length);
    expect(accepted.map(({ path }) => path)).toContain(
      selfPath(DEMO_IDS.knowledgeSync),
    );
    for (const call of accepted) {
      expect(call).toMatchObject({ host: ACME, status: 200 });
      expect(bearerOf(call)).toBe(DEMO_TOKENS.acmeKnowledgeSync);
    }
  });

  it('never sends one instance’s token to another instance', async () => {
    const acmeTab = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    const acmePopup = await openPopup(acmeTab);
    await saveTokenInPopup(acmePopup, DEMO_TOKENS.acmeKnowledgeSync);
    await waitForText(acmePopup, BADGE, 'Complete');
    await closePopup(acmePopup);

    // Same integration id, another customer's instance.
    const globexTab = await openDashboard(GLOBEX, DEMO_IDS.knowledgeSync);
    const popup = await openPopup(globexTab);

    await waitForElement(popup, TOKEN_INPUT);
    expect(await textOf(popup, '[data-testid="instance"]')).toMatch(
      /^globex\s*eu$/,
    );
    expect(await textOf(popup, '[data-testid="integration-id"]')).toBe(
      DEMO_IDS.knowledgeSync,
    );
    expect(await textOf(popup, BADGE)).toBeUndefined();
    expect(await textOf(popup, '[data-testid="failure"]')).toBeUndefined();
    await waitForControlText(globexTab, INPAGE_STATUS, 'no token');

    const requests = ada.requests();
    expect(apiCalls(requests).filter(({ host }) => host === GLOBEX)).toEqual(
      [],
    );
    expect(tokensOnWrongHost(requests, SEED)).toEqual([]);
    const acmeTokenWentTo = requests
      .filter((request) => bearerOf(request) === DEMO_TOKENS.acmeKnowledgeSync)
      .map(({ host }) => host);
    expect(new Set(acmeTokenWentTo)).toEqual(new Set([ACME]));
  });

  it('offers to open a pasted dashboard URL on a non-Ada tab', async () => {
    // Served by local Ada too, but under a name the extension does not own.
    const elsewhere = keep(
      await ext.newPage(
        `https://127.0.0.1/platform/integrations/${DEMO_IDS.knowledgeSync}`,
      ),
    );
    const popup = await openPopup(elsewhere);
    const urlInput = '[data-testid="not-ada-page"] input[name="dashboard-url"]';

    await waitForElement(popup, urlInput);
    expect(await textOf(popup, TOKEN_FORM)).toBeUndefined();
    expect(await elsewhere.$(CONTROL)).toBeNull();

    await fill(popup, urlInput, elsewhere.url());
    await popup.keyboard.press('Enter');

    expect(await waitForText(popup, '[role="alert"]')).toMatch(/not an Ada/);

    await fill(popup, urlInput, dashboardUrl(ACME, DEMO_IDS.knowledgeSync));
    await popup.keyboard.press('Enter');

    await waitForElement(popup, TOKEN_INPUT);
    expect(await textOf(popup, '[data-testid="not-ada-page"]')).toBeUndefined();
    expect(await textOf(popup, '[data-testid="instance"]')).toBe('acme');
    expect(await textOf(popup, '[data-testid="integration-id"]')).toBe(
      DEMO_IDS.knowledgeSync,
    );

    await saveTokenInPopup(popup, DEMO_TOKENS.acmeKnowledgeSync);

    await waitForText(popup, BADGE, 'Complete');
    const calls = apiCalls(ada.requests());
    expect(calls.map(({ path }) => path)).toContain(
      selfPath(DEMO_IDS.knowledgeSync),
    );
    expect(new Set(calls.map(({ host }) => host))).toEqual(new Set([ACME]));
  });
});
