import { readFileSync } from 'node:fs';
import path from 'node:path';
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
import { z } from 'zod';
import {
  DEMO_IDS,
  DEMO_TOKENS,
  demoSeed,
  startLocalAda,
  type LocalAda,
  type RecordedRequest,
} from '../dev/local-ada/index';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';
import { CHROME_BUILD, firefoxBuild } from './harness/build-output';
import { checkAgainstContract } from './harness/contract';
import { apiCalls, tokensOnWrongHost } from './support/ada-traffic';
import { allowClipboard, clipboardText } from './support/daily-clipboard';
import {
  addTokens,
  filterOverview,
  openOverview,
  rowSelector,
  shownRows,
  waitForRows,
  type Installation,
  type TokenEntry,
} from './support/daily-options';
import {
  blankBadge,
  registeredShortcuts,
  toolbarBadge,
  waitForBadge,
} from './support/daily-toolbar-action';
import { clearExtensionStorage } from './support/extension-storage';
import { waitForControlText } from './support/in-page';
import { fill, waitForText, waitForValue } from './support/page-ui';

// The partner's daily round: every installation at a glance on the options
// page and a bulk change across instances, the toolbar badge on dashboard
// tabs, the keyboard shortcut, and copying a change as curl or JSON.

const SEED = demoSeed();
const ADA_HOSTS = SEED.instances.map(({ host }) => host);
const ACME = 'acme.ada.support';
const GLOBEX = 'globex.eu.ada.support';
const INITECH = 'initech.maple.ada.support';
const EXT_NAME = 'Ada Installation Status';

// Every PATCH is held this long, so that two on one instance would overlap
// in the server's record if the extension sent them together.
const PATCH_LATENCY_MS = 300;

const installationPath = (integrationId: string, installationId: string) =>
  `/api/v2/platform-integrations/${integrationId}/installations/${installationId}`;
const dashboardUrl = (host: string, integrationId: string) =>
  `https://${host}/platform/integrations/${integrationId}`;

const INSTALLATIONS = {
  acmeKnowledgeSync: {
    host: ACME,
    integrationId: DEMO_IDS.knowledgeSync,
    installationId: DEMO_IDS.acmeKnowledgeSync,
    token: DEMO_TOKENS.acmeKnowledgeSync,
  },
  acmeCrmContacts: {
    host: ACME,
    integrationId: DEMO_IDS.crmContacts,
    installationId: DEMO_IDS.acmeCrmContacts,
    token: DEMO_TOKENS.acmeCrmContacts,
  },
  globexKnowledgeSync: {
    host: GLOBEX,
    integrationId: DEMO_IDS.knowledgeSync,
    installationId: DEMO_IDS.globexKnowledgeSync,
    token: DEMO_TOKENS.globexKnowledgeSync,
  },
  globexOrderLookup: {
    host: GLOBEX,
    integrationId: DEMO_IDS.orderLookup,
    installationId: DEMO_IDS.globexOrderLookup,
    token: DEMO_TOKENS.globexOrderLookup,
  },
  initechCrmContacts: {
    host: INITECH,
    integrationId: DEMO_IDS.crmContacts,
    installationId: DEMO_IDS.initechCrmContacts,
    token: DEMO_TOKENS.initechCrmContacts,
  },
  initechOrderLookup: {
    host: INITECH,
    integrationId: DEMO_IDS.orderLookup,
    installationId: DEMO_IDS.initechOrderLookup,
    token: DEMO_TOKENS.initechOrderLookup,
  },
} satisfies Record<string, TokenEntry & { installationId: string }>;

type Known = (typeof INSTALLATIONS)[keyof typeof INSTALLATIONS];

const ALL = Object.values(INSTALLATIONS);
const keyOf = ({ host, integrationId }: Installation) =>
  `${host} ${integrationId}`;
const serverStatus = (ada: LocalAda, known: Known) =>
  ada.installation(known.host, known.integrationId, known.installationId)
    ?.status;

/** PATCHes per host, in the order the server received them. */
function patchesByHost(
  requests: readonly RecordedRequest[],
): Map<string, RecordedRequest[]> {
  const byHost = new Map<string, RecordedRequest[]>();
  for (const patch of apiCalls(requests)) {
    if (patch.method !== 'PATCH') continue;

    byHost.set(patch.host, [...(byHost.get(patch.host) ?? []), patch]);
  }

  return byHost;
}

/** The gaps between one host's PATCHes, from the start of each to the next. */
function gapsOf(patches: readonly RecordedRequest[]): number[] {
  const times = patches.map(({ time }) => time).sort((a, b) => a - b);

  return times.slice(1).map((time, index) => time - (times[index] ?? 0));
}

const CommandsManifest = z.object({
  commands: z.object({
    _execute_action: z.object({
      suggested_key: z.object({ default: z.string() }),
    }),
  }),
});

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda({ port: 443 });
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('daily tool: %s', (name) => {
  let ext: ExtensionBrowser;
  // Closed after each test, newest first, so popups go before their tabs.
  let opened: Page[] = [];

  const keep = (page: Page): Page => {
    opened.push(page);

    return page;
  };

  const openOptions = async () =>
    keep(await ext.openExtensionPage('/options.html'));

  const openDashboard = async (host: string, integrationId: string) => {
    const page = keep(await ext.newPage(dashboardUrl(host, integrationId)));
    await page.waitForSelector('#dashboard-main[data-loaded="true"]');

    return page;
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
    await clearExtensionStorage(ext);

    const requests = ada.requests();
    expect(await checkAgainstContract(requests)).toEqual([]);
    expect(tokensOnWrongHost(requests, SEED)).toEqual([]);
  });

  it('lists every installation across instances, filters them, and marks a selection complete one at a time per instance', async () => {
    const options = await openOptions();
    await addTokens(options, ALL);

    const loaded = await openOverview(options, ALL.length);

    expect(
      loaded.map(({ host, integrationId, status }) => [
        `${host} ${integrationId}`,
        status,
      ]),
    ).toEqual([
      [keyOf(INSTALLATIONS.acmeKnowledgeSync), 'Complete'],
      [keyOf(INSTALLATIONS.acmeCrmContacts), 'Incomplete'],
      [keyOf(INSTALLATIONS.globexKnowledgeSync), 'Incomplete'],
      [keyOf(INSTALLATIONS.globexOrderLookup), 'Complete'],
      [keyOf(INSTALLATIONS.initechCrmContacts), 'Complete'],
      [keyOf(INSTALLATIONS.initechOrderLookup), 'Incomplete'],
    ]);

    // Filtering by text (handle, host or id) and by status.
    await filterOverview(options, 'globex');
    await waitForRows(options, [
      INSTALLATIONS.globexKnowledgeSync,
      INSTALLATIONS.globexOrderLookup,
    ]);
    await options.select('select[name="overview-status"]', 'incomplete');
    await waitForRows(options, [INSTALLATIONS.globexKnowledgeSync]);
    await filterOverview(options, DEMO_IDS.orderLookup);
    await waitForRows(options, [INSTALLATIONS.initechOrderLookup]);
    await filterOverview(options, '');
    await waitForRows(options, [
      INSTALLATIONS.acmeCrmContacts,
      INSTALLATIONS.globexKnowledgeSync,
      INSTALLATIONS.initechOrderLookup,
    ]);
    await options.select('select[name="overview-status"]', 'all');
    await waitForRows(options, ALL);

    // acme's CRM installation fails every attempt (the first matching fault
    // applies); every PATCH is slow.
    const failing = INSTALLATIONS.acmeCrmContacts;
    ada.fault({
      method: 'PATCH',
      path: installationPath(failing.integrationId, failing.installationId),
      status: 500,
      latencyMs: PATCH_LATENCY_MS,
      times: 3,
    });
    ada.fault({ method: 'PATCH', latencyMs: PATCH_LATENCY_MS, times: 10 });
    const chosen = ALL.filter(
      (known) => known !== INSTALLATIONS.initechCrmContacts,
    );
    for (const known of chosen) {
      await options.click(`${rowSelector(known)} input[name="select-row"]`);
    }
    const before = apiCalls(ada.requests()).length;

    await options.click('button[data-action="bulk-complete"]');

    await waitForText(
      options,
      '[data-testid="bulk-progress"]',
      '5 of 5 done 1 failed',
    );
    const rows = await shownRows(options);
    expect(rows.map(({ status, result }) => [status, result])).toEqual([
      ['Complete', 'Done'],
      [
        'Incomplete',
        'acme.ada.support is having trouble right now (HTTP 500).',
      ],
      ['Complete', 'Done'],
      ['Complete', 'Done'],
      ['Complete', ''],
      ['Complete', 'Done'],
    ]);
    expect(ALL.map((known) => serverStatus(ada, known))).toEqual([
      'complete',
      'incomplete',
      'complete',
      'complete',
      'complete',
      'complete',
    ]);

    // Only PATCHes were sent: one per chosen row, three tries for the 500.
    const sent = apiCalls(ada.requests()).slice(before);
    expect(sent.every(({ method }) => method === 'PATCH')).toBe(true);
    const byHost = patchesByHost(sent);
    expect(
      Object.fromEntries(
        [...byHost].map(([host, patches]) => [host, patches.length]),
      ),
    ).toEqual({ [ACME]: 4, [GLOBEX]: 2, [INITECH]: 1 });
    // Within an instance each PATCH left after the one before was answered.
    for (const patches of byHost.values()) {
      for (const gap of gapsOf(patches)) {
        expect(gap).toBeGreaterThanOrEqual(PATCH_LATENCY_MS - 5);
      }
    }
    // Across instances they ran side by side.
    const firsts = [...byHost.values()].map(([first]) => first?.time ?? 0);
    expect(Math.max(...firsts) - Math.min(...firsts)).toBeLessThan(
      PATCH_LATENCY_MS,
    );
  });

  it('shows the status of each tab’s page on the toolbar badge, in a symbol and in words', async () => {
    const { acmeKnowledgeSync: ks, acmeCrmContacts: crm } = INSTALLATIONS;
    const tabs = `https://${ACME}/platform/integrations/*`;
    const options = await openOptions();
    await addTokens(options, [ks]);

    // The in-page control reads the status; the badge shows that answer.
    const dashboard = await openDashboard(ACME, ks.integrationId);
    await waitForControlText(
      dashboard,
      '[data-testid="inpage-status"]',
      'Complete',
    );

    expect(await waitForBadge(ext, tabs, '✓')).toEqual({
      text: '✓',
      title: `${EXT_NAME}: setup complete on acme, integration ${ks.integrationId}`,
    });

    // Client-side navigation to an integration without a token.
    const callsBefore = apiCalls(ada.requests()).length;
    await dashboard.click(`nav a[data-integration-id="${crm.integrationId}"]`);

    expect(await waitForBadge(ext, tabs, '?')).toEqual({
      text: '?',
      title: `${EXT_NAME}: no token for acme, integration ${crm.integrationId}`,
    });
    expect(apiCalls(ada.requests())).toHaveLength(callsBefore);

    // The popup reads it once a token is saved there.
    const popup = keep(await ext.openPopup(dashboard));
    await fill(
      popup,
      'form[data-testid="token-form"] input[name="token"]',
      crm.token,
    );
    await popup.click('form[data-testid="token-form"] button[type="submit"]');
    await waitForText(popup, '[data-testid="status-badge"]', 'Incomplete');

    expect(await waitForBadge(ext, tabs, '!')).toEqual({
      text: '!',
      title: `${EXT_NAME}: setup incomplete on acme, integration ${crm.integrationId}`,
    });

    // Back on a page whose status is known, the badge needs no request:
    // blanked, then moved to a sub-page of the same integration, the tab
    // gets its badge back from what the extension already knows.
    await dashboard.click(`nav a[data-integration-id="${ks.integrationId}"]`);
    await waitForBadge(ext, tabs, '✓');
    await waitForControlText(
      dashboard,
      '[data-testid="inpage-status"]',
      'Complete',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const known = apiCalls(ada.requests()).length;
    await blankBadge(ext, tabs);
    expect((await toolbarBadge(ext, tabs)).text).toBe('');

    await dashboard.evaluate(
      (path) => history.pushState(null, '', path),
      `/platform/integrations/${ks.integrationId}/settings`,
    );

    expect(await waitForBadge(ext, tabs, '✓')).toEqual({
      text: '✓',
      title: `${EXT_NAME}: setup complete on acme, integration ${ks.integrationId}`,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(apiCalls(ada.requests())).toHaveLength(known);
  });

  it('suggests Alt+Shift+Y for opening the popup, and the browser assigns it', async () => {
    const build = name === 'chromium' ? CHROME_BUILD : firefoxBuild();
    const manifest = CommandsManifest.parse(
      JSON.parse(readFileSync(path.join(build ?? '', 'manifest.json'), 'utf8')),
    );

    expect(manifest.commands._execute_action.suggested_key.default).toBe(
      'Alt+Shift+Y',
    );

    // Chromium silently assigns no suggested key that is one of its own
    // shortcuts (Alt+Shift+A is, on Linux and Windows), so the test reads
    // back what each browser really assigned.
    expect(await registeredShortcuts(ext)).toContainEqual({
      name: '_execute_action',
      shortcut: 'Alt+Shift+Y',
    });
  });

  it('copies the next status change as curl and the record as JSON, without the token or secrets', async () => {
    const ks = INSTALLATIONS.acmeKnowledgeSync;
    const options = await openOptions();
    await addTokens(options, [ks]);
    await allowClipboard(ext);
    const dashboard = await openDashboard(ACME, ks.integrationId);
    const popup = keep(await ext.openPopup(dashboard));
    await waitForText(popup, '[data-testid="status-badge"]', 'Complete');

    await popup.click('button[data-action="copy-curl"]');

    await waitForText(
      popup,
      '[data-testid="copy-result"]',
      'curl command copied.',
    );
    const curl = await clipboardText(ext, popup);
    expect(curl).toBe(
      [
        `curl -X PATCH 'https://${ACME}${installationPath(ks.integrationId, ks.installationId)}' \\`,
        `  -H "Authorization: Bearer $ADA_TOKEN" \\`,
        `  -H 'Content-Type: application/json' \\`,
        `  -d '{"status":"incomplete"}'`,
      ].join('\n'),
    );

    await popup.click('button[data-action="copy-json"]');

    await waitForText(popup, '[data-testid="copy-result"]', 'Record copied.');
    const json = await waitForValue(
      () => clipboardText(ext, popup),
      (text) => text !== curl,
      { what: 'the record on the clipboard' },
    );
    expect(JSON.parse(json)).toEqual({
      id: ks.installationId,
      platform_integration_id: ks.integrationId,
      created: '2024-03-11T09:15:00+00:00',
      updated: '2024-06-02T17:40:12+00:00',
      status: 'complete',
      configuration: {
        help_center_url: 'https://help.acme.example/hc/en-us',
        api_key: '••••••••',
        locales: ['en-US', 'fr-CA'],
        sync: { schedule: 'hourly', include_drafts: false },
      },
    });
    for (const text of [curl, json]) {
      for (const token of Object.values(DEMO_TOKENS)) {
        expect(text).not.toContain(token);
      }
      expect(text).not.toContain('ak_live_');
    }
  });
});
