import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';
import { DEMO_IDS, startLocalAda, type LocalAda } from '../dev/local-ada/index';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';
import { pollUntil } from './harness/poll';
import { trustedClickInClosedShadow } from './harness/shadow';
import { resetStorage, untilBackgroundReady } from './support/robust-extension';
import {
  A,
  ACME,
  CRM,
  KS,
  LOOKALIKES,
  PASTE_CASES,
  READ_KS,
  TAB_CASES,
  TOKEN,
  seedWithLookalikes,
  type ControlShows,
  type PopupShows,
} from './support/robust-hostile-cases';
import {
  seededTokens,
  tokenLeaks,
  unexpectedRequests,
  type Expected,
} from './support/robust-traffic';
import {
  CONTROL,
  isPresent,
  textIn,
  typeInto,
  untilControlStatus,
  untilPresent,
  untilText,
} from './support/robust-ui';

// What a hostile, look-alike or merely odd page can make the extension do.
// One token is saved, for acme's Knowledge Sync installation; in every case
// that token may travel only to acme.ada.support, only to read that
// installation, and nothing may change it.

const SEED = seedWithLookalikes();
const TOKENS = seededTokens(SEED);
// Long enough for the content script to have acted, had it wanted to.
const SETTLE_MS = 1_000;

const NOT_ADA = '[data-testid="not-ada-page"]';
const BADGE = '[data-testid="status-badge"]';
const TOKEN_FORM = 'form[data-testid="token-form"]';
const HOSTILE_DONE = 'html[data-local-ada-hostile="done"]';
const TOGGLE = 'button[data-action="toggle-status"]';

const hostileUrl = (script: string, params: Record<string, string> = {}) => {
  const query = new URLSearchParams({ 'local-ada-hostile': script, ...params });

  return `${A}/${KS}?${query}`;
};

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda({ port: 443, hostilePages: true });
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('hostile pages: %s', (name) => {
  let ext: ExtensionBrowser;
  let extensionId: string;
  // Closed after each test, newest first, so popups go before their tabs.
  let opened: Page[] = [];

  const keep = (page: Page): Page => {
    opened.push(page);

    return page;
  };

  const openTab = async (url: string) => keep(await ext.newPage(url));

  const knowledgeSyncStatus = () =>
    ada.installation(ACME, KS, DEMO_IDS.acmeKnowledgeSync)?.status;

  const expectPopup = async (popup: Page, shows: PopupShows) => {
    if (shows === 'not-ada-page') await untilPresent(popup, NOT_ADA);
    if (shows === 'token-form') await untilPresent(popup, TOKEN_FORM);
    if (shows === 'Complete') await untilText(popup, BADGE, 'Complete');
  };

  const expectControl = async (page: Page, shows: ControlShows) => {
    if (shows === 'Complete' || shows === 'no token') {
      await untilControlStatus(page, shows);
      return;
    }

    await sleep(SETTLE_MS);
    if (shows === 'none') {
      expect(await isPresent(page, CONTROL)).toBe(false);
      return;
    }

    expect(await untilControlStatus(page, /./).catch(() => 'none')).not.toBe(
      'Complete',
    );
  };

  /** Nothing left for anyone but the expected calls, and nothing changed. */
  const expectOnly = (
    api: Expected[],
    pageHosts: string[],
    documents?: string[],
  ) => {
    const requests = ada.requests();

    expect(
      unexpectedRequests(requests, {
        api,
        pageHosts,
        documents,
        tokens: TOKENS,
      }),
    ).toEqual([]);
    expect(tokenLeaks(requests, { api, tokens: TOKENS })).toEqual([]);
    expect(knowledgeSyncStatus()).toBe('complete');
  };

  const untilHostileDone = async (page: Page): Promise<unknown> => {
    await untilPresent(page, HOSTILE_DONE, 15_000);

    return JSON.parse(
      await page.$eval(
        'html',
        (html) => html.dataset.localAdaHostileReport ?? '',
      ),
    );
  };

  const controlIds = (page: Page) =>
    page.$$eval(CONTROL, (hosts) =>
      hosts.map((host) => host.getAttribute('data-integration-id')),
    );

  const untilControlIds = (page: Page, expected: string[]) =>
    pollUntil(
      async () => {
        const ids = await controlIds(page);

        return ids.join() === expected.join() ? ids : undefined;
      },
      { what: `in-page controls for [${expected.join()}]` },
    );

  beforeAll(async () => {
    ext = await launchWithExtension(name, {
      adaHosts: SEED.instances.map(({ host }) => host),
      extraHosts: LOOKALIKES,
    });
    await untilBackgroundReady(ext);
    extensionId = await ext.evaluateInBackground(() => {
      const api =
        Reflect.get(globalThis, 'browser') ?? Reflect.get(globalThis, 'chrome');

      return String(api.runtime.id);
    });
  });

  afterAll(async () => {
    await ext?.close();
  });

  beforeEach(async () => {
    ada.reset();
    ada.seed(SEED);
    await resetStorage(ext, [TOKEN]);
  });

  afterEach(async () => {
    for (const page of opened.reverse()) {
      await page.close().catch(() => undefined);
    }
    opened = [];
  });

  describe('a tab at', () => {
    it.each(TAB_CASES)('$name', async (c) => {
      const tab = await openTab(c.url);
      const tabHost = new URL(tab.url()).hostname;

      await expectControl(tab, c.control);
      const popup = keep(await ext.openPopup(tab));
      await expectPopup(popup, c.popup);

      if (c.control === 'none') {
        expect(await isPresent(tab, CONTROL)).toBe(false);
      }
      expectOnly(c.api, [tabHost], c.documents);
    });
  });

  describe('a URL pasted into the popup:', () => {
    const FIELD = `${NOT_ADA} input[name="dashboard-url"]`;

    it.each(PASTE_CASES)('$name', async (c) => {
      const tab = await openTab('https://evil-ada.support/');
      const popup = keep(await ext.openPopup(tab));
      await untilPresent(popup, NOT_ADA);

      await typeInto(popup, FIELD, c.url);
      await popup.click(`${NOT_ADA} button[type="submit"]`);

      if (c.outcome === 'refused') {
        await untilText(
          popup,
          `${NOT_ADA} [role="alert"]`,
          'That is not an Ada integration page URL.',
        );
        await sleep(SETTLE_MS);
        expect(await isPresent(popup, NOT_ADA)).toBe(true);
      } else {
        await expectPopup(popup, c.outcome);
      }
      expectOnly(c.api, ['evil-ada.support']);
    });
  });

  describe('a page script', () => {
    it.each(['element-click', 'mouse-events', 'keyboard'])(
      'pressing the control with synthetic %s',
      async (variant) => {
        const tab = await openTab(
          hostileUrl('synthetic-clicks', { 'local-ada-variant': variant }),
        );
        await untilControlStatus(tab, 'Complete');

        const report = await untilHostileDone(tab);
        await sleep(SETTLE_MS);

        expect(report).toMatchObject({
          hostFound: true,
          shadowRootVisible: false,
          attachShadowThrew: true,
        });
        expect(await untilControlStatus(tab, /./)).toBe('Complete');
        expectOnly([READ_KS], [ACME]);
      },
    );

    // Page CSS may restyle the control's host element, and a real click on
    // an invisible control is trusted. Two clicks: reverting asks first.
    // Page CSS may restyle the control's host element, and a real click on
    // an invisible control is trusted. Important :host rules are not enough.
    // TODO: make this it() once the control refuses clicks while the page
    // has hidden it (hit-test the host with elementFromPoint, and check
    // ancestors' opacity; see the issue 4 note).
    it.fails('hiding the control over a decoy the partner clicks', async () => {
      const tab = await openTab(
        hostileUrl('synthetic-clicks', { 'local-ada-variant': 'clickjack' }),
      );
      await untilControlStatus(tab, 'Complete');
      ClickjackReport.parse(await untilHostileDone(tab));
      expect(await textIn(tab, '#local-ada-decoy')).toBe('Accept cookies');

      // The partner aims at the decoy; the invisible button above takes it.
      for (const _click of [1, 2]) {
        await trustedClickInClosedShadow(tab, CONTROL, TOGGLE);
        await sleep(300);
      }
      await sleep(SETTLE_MS);

      expectOnly([READ_KS], [ACME]);
    });

    it.each([
      'runtime-shape',
      'window-messaging',
      'custom-events',
      'runtime-api',
    ])('posting extension-shaped messages: %s', async (variant) => {
      const tab = await openTab(
        hostileUrl('forged-messages', {
          'local-ada-variant': variant,
          'local-ada-installation': DEMO_IDS.acmeKnowledgeSync,
          'local-ada-other-page': `https://globex.eu.ada.support/platform/integrations/${KS}`,
          'local-ada-extension-id': extensionId,
        }),
      );
      await untilControlStatus(tab, 'Complete');

      const report = await untilHostileDone(tab);
      await sleep(SETTLE_MS);

      expect(report).toMatchObject({ controlSeen: true, answers: [] });
      expect(await untilControlStatus(tab, /./)).toBe('Complete');
      // The token is still there: a forged removeToken did nothing.
      const popup = keep(await ext.openPopup(tab));
      await expectPopup(popup, 'Complete');
      expectOnly([READ_KS], [ACME]);
    });

    it('forging WXT’s location-change event with another URL', async () => {
      const tab = await openTab(
        hostileUrl('forged-messages', {
          'local-ada-variant': 'wxt-location',
          'local-ada-other-page': `${A}/${CRM}`,
          'local-ada-extension-id': extensionId,
        }),
      );
      await untilControlStatus(tab, 'Complete');

      await untilHostileDone(tab);
      await sleep(SETTLE_MS);

      // The session ignores the event's payload and re-reads location.
      expect(await controlIds(tab)).toEqual([KS]);
      expect(await untilControlStatus(tab, /./)).toBe('Complete');
      expectOnly([READ_KS], [ACME]);
    });

    // WXT's content-script context believes this event (its name holds only
    // the public extension id), so a page can make the control step down:
    // a denial of service only, which page CSS could do anyway.
    it('forging WXT’s "newer content script started" notice', async () => {
      const tab = await openTab(
        hostileUrl('forged-messages', {
          'local-ada-variant': 'wxt-started',
          'local-ada-extension-id': extensionId,
        }),
      );
      await untilControlStatus(tab, 'Complete');

      await untilHostileDone(tab);
      await sleep(SETTLE_MS);

      expect([[], [KS]]).toContainEqual(await controlIds(tab));
      expectOnly([READ_KS], [ACME]);
    });

    const LEAVES: Array<[string, string]> = [
      ['an id with "%2F"', `/platform/integrations/${KS}%2F..%2F${CRM}`],
      [
        'an id of 10,000 characters',
        `/platform/integrations/${'a'.repeat(10_000)}`,
      ],
      ['the id in the query', `/platform/integrations/?id=${KS}`],
      ['a fragment route', `/#/platform/integrations/${KS}`],
      ['backslashes', `/platform/integrations/${KS}\\..\\..\\api`],
    ];

    it.each(LEAVES)(
      'calling history.pushState to %s: the control leaves',
      async (_name, to) => {
        const tab = await openTab(
          hostileUrl('push-state', { 'local-ada-to': to }),
        );
        await untilControlStatus(tab, 'Complete');

        const report = await untilHostileDone(tab);
        await untilControlIds(tab, []);
        await sleep(SETTLE_MS);

        expect(report).toMatchObject({ controlBefore: true, errors: [] });
        expectOnly([READ_KS], [ACME]);
      },
    );

    it('calling replaceState and firing popstate: the control leaves', async () => {
      const tab = await openTab(
        hostileUrl('push-state', {
          'local-ada-to': `/platform/integrations/%2e%2e%2f${KS}`,
          'local-ada-mode': 'popstate',
        }),
      );
      await untilControlStatus(tab, 'Complete');

      await untilHostileDone(tab);
      await untilControlIds(tab, []);
      await sleep(SETTLE_MS);

      expectOnly([READ_KS], [ACME]);
    });

    it('calling history.pushState to another integration: nothing is sent for it', async () => {
      const tab = await openTab(
        hostileUrl('push-state', {
          'local-ada-to': `/platform/integrations/${CRM}`,
        }),
      );
      await untilControlStatus(tab, 'Complete');

      await untilHostileDone(tab);
      await untilControlIds(tab, [CRM]);
      await sleep(SETTLE_MS);

      expect(await untilControlStatus(tab, /./)).not.toBe('Complete');
      expectOnly([READ_KS], [ACME]);
    });

    it('calling history.pushState to another origin: refused by the browser', async () => {
      const tab = await openTab(
        hostileUrl('push-state', {
          'local-ada-to': `https://evil-ada.support/platform/integrations/${KS}`,
        }),
      );
      await untilControlStatus(tab, 'Complete');

      const report = await untilHostileDone(tab);
      await sleep(SETTLE_MS);

      expect(report).toMatchObject({
        errors: [expect.stringContaining('SecurityError')],
      });
      expect(await controlIds(tab)).toEqual([KS]);
      expectOnly([READ_KS], [ACME]);
    });
  });
});

const ClickjackReport = z.object({
  decoy: z.object({
    left: z.number(),
    top: z.number(),
    right: z.number(),
    bottom: z.number(),
  }),
});
