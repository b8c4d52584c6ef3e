import type { KeyInput, Page } from 'puppeteer-core';
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
import { trustedClickInClosedShadow } from './harness/shadow';
import { axeAudit } from './support/daily-axe';
import { withClosedRootOpen } from './support/daily-closed-shadow';
import { showInScheme, type ColorScheme } from './support/daily-color-scheme';
import { isVisibleOutline, tabOrder } from './support/daily-keyboard';
import {
  addTokens,
  openOverview,
  shownRows,
  type TokenEntry,
} from './support/daily-options';
import { toolbarBadge, waitForBadge } from './support/daily-toolbar-action';
import { clearExtensionStorage } from './support/extension-storage';
import { CONTROL, waitForControlText } from './support/in-page';
import {
  fill,
  waitForElement,
  waitForText,
  waitForValue,
} from './support/page-ui';

// What a partner who uses a keyboard, a screen reader or dark mode meets in
// the popup, the options page and the in-page control: no axe violations,
// a visible focus, every action reachable with Tab, changes announced, and
// no meaning carried by colour alone.

const SEED = demoSeed();
const ADA_HOSTS = SEED.instances.map(({ host }) => host);
const ACME = 'acme.ada.support';
const SCHEMES: ColorScheme[] = ['light', 'dark'];

const KNOWLEDGE_SYNC: TokenEntry = {
  host: ACME,
  integrationId: DEMO_IDS.knowledgeSync,
  token: DEMO_TOKENS.acmeKnowledgeSync,
};
const CRM_CONTACTS: TokenEntry = {
  host: ACME,
  integrationId: DEMO_IDS.crmContacts,
  token: DEMO_TOKENS.acmeCrmContacts,
};
const OVERVIEW_TOKENS: TokenEntry[] = [
  KNOWLEDGE_SYNC,
  CRM_CONTACTS,
  {
    host: 'globex.eu.ada.support',
    integrationId: DEMO_IDS.orderLookup,
    token: DEMO_TOKENS.globexOrderLookup,
  },
  {
    host: 'initech.maple.ada.support',
    integrationId: DEMO_IDS.orderLookup,
    token: DEMO_TOKENS.initechOrderLookup,
  },
];

const STATUS_BADGE = '[data-testid="status-badge"]';
const INPAGE_STATUS = '[data-testid="inpage-status"]';

const dashboardUrl = (host: string, integrationId: string) =>
  `https://${host}/platform/integrations/${integrationId}`;

/** The text of every live region on the page (role status or alert, aria-live). */
function liveTexts(page: Page): Promise<string[]> {
  return page.$$eval(
    '[role="status"], [role="alert"], [aria-live]',
    (regions) => regions.map((region) => region.textContent?.trim() ?? ''),
  );
}

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda({ port: 443 });
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('accessibility: %s', (name) => {
  let ext: ExtensionBrowser;
  let opened: Page[] = [];

  const keep = (page: Page): Page => {
    opened.push(page);

    return page;
  };

  const openDashboard = async (host: string, integrationId: string) => {
    const page = keep(await ext.newPage(dashboardUrl(host, integrationId)));
    await page.waitForSelector('#dashboard-main[data-loaded="true"]');

    return page;
  };

  /** axe's violations on `page` in light, then dark mode, by scheme. */
  const auditInSchemes = async (page: Page, include?: string) => {
    const found: Record<string, string[]> = {};
    for (const scheme of SCHEMES) {
      await showInScheme(page, scheme);
      found[scheme] = (await axeAudit(page, include)).violations;
    }

    return found;
  };

  const CLEAN = { light: [], dark: [] };

  /**
   * Acts on a control with `key`, as a keyboard user does. Firefox 153
   * under WebDriver BiDi performs no key's default action on an extension
   * page in a tab (keydown and keyup arrive, trusted, yet Space ticks no
   * checkbox, even one added to the page, and Enter sends no keypress; in
   * the popup and on web pages keys act), so there the test clicks
   * instead. Tab reaching the control is checked in both browsers.
   * TODO: press keys in Firefox too once BiDi key input acts there.
   */
  const activate = async (page: Page, selector: string, key: KeyInput) => {
    if (name === 'firefox') return page.click(selector);

    await page.focus(selector);
    await page.keyboard.press(key);
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
    // Firefox's scheme is a browser-wide pref; Chromium's dies with the page.
    if (name === 'firefox') {
      const blank = await ext.newPage('about:blank');
      await showInScheme(blank, 'light');
      await blank.close();
    }
  });

  it('finds no axe violations in the popup: token form, record and not an Ada page', async () => {
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    const popup = keep(await ext.openPopup(dashboard));
    await waitForElement(popup, 'form[data-testid="token-form"]');

    expect(await auditInSchemes(popup)).toEqual(CLEAN);

    await fill(popup, 'input[name="token"]', DEMO_TOKENS.acmeKnowledgeSync);
    await popup.click('form[data-testid="token-form"] button[type="submit"]');
    await waitForText(popup, STATUS_BADGE, 'Complete');
    // The confirmation is part of the record's view too.
    await popup.click('button[data-action="mark-incomplete"]');
    await waitForElement(popup, 'button[data-action="confirm-revert"]');

    expect(await auditInSchemes(popup)).toEqual(CLEAN);

    const elsewhere = keep(await ext.newPage('about:blank'));
    const notAda = keep(await ext.openPopup(elsewhere));
    await waitForElement(notAda, '[data-testid="not-ada-page"]');

    expect(await auditInSchemes(notAda)).toEqual(CLEAN);
  });

  it('finds no axe violations on the options page, on both tabs with rows', async () => {
    const options = keep(await ext.openExtensionPage('/options.html'));
    await addTokens(options, OVERVIEW_TOKENS);

    expect(await auditInSchemes(options)).toEqual(CLEAN);

    // One row that Ada refuses, so the overview shows a failure too.
    ada.fault({
      method: 'GET',
      path: `/api/v2/platform-integrations/${DEMO_IDS.orderLookup}/installations/self`,
      host: 'initech.maple.ada.support',
      status: 404,
    });
    await openOverview(options, OVERVIEW_TOKENS.length);

    expect(await auditInSchemes(options)).toEqual(CLEAN);
    if (name === 'chromium') {
      for (const scheme of SCHEMES) {
        await showInScheme(options, scheme);
        await saveScreenshot(options, `overview-${scheme}`);
      }
    }
  });

  it('finds no axe violations in the in-page control, inside its closed shadow root', async () => {
    const options = keep(await ext.openExtensionPage('/options.html'));
    await addTokens(options, [CRM_CONTACTS]);
    const dashboard = await openDashboard(ACME, DEMO_IDS.knowledgeSync);
    await waitForControlText(dashboard, INPAGE_STATUS, 'no token');

    const noToken = await withClosedRootOpen(dashboard, CONTROL, () =>
      axeAudit(dashboard, CONTROL),
    );

    expect(noToken.violations).toEqual([]);
    // The audit reached into the root: axe checked the control's parts.
    expect(noToken.passed).toContainEqual(
      expect.stringContaining(`${CONTROL} >>> `),
    );

    await dashboard.click(
      `nav a[data-integration-id="${DEMO_IDS.crmContacts}"]`,
    );
    await waitForControlText(dashboard, INPAGE_STATUS, 'Incomplete');

    const found: Record<string, string[]> = {};
    for (const scheme of SCHEMES) {
      await showInScheme(dashboard, scheme);
      const audit = await withClosedRootOpen(dashboard, CONTROL, () =>
        axeAudit(dashboard, CONTROL),
      );
      found[scheme] = audit.violations;
      expect(audit.passed).toContainEqual(
        expect.stringContaining('>>> button'),
      );
    }
    expect(found).toEqual(CLEAN);

    // The toolbar badge repeats the status in a symbol, not colour alone.
    const badge = await waitForBadge(
      ext,
      `https://${ACME}/platform/integrations/*`,
      '!',
    );
    expect(badge.title).toContain('setup incomplete');

    // A change made in the control is announced where it is shown.
    await trustedClickInClosedShadow(
      dashboard,
      CONTROL,
      'button[data-action="toggle-status"]',
    );
    await waitForControlText(dashboard, INPAGE_STATUS, 'Complete');

    const announced = await withClosedRootOpen(dashboard, CONTROL, () =>
      dashboard.evaluate(
        (host, status) => {
          const shown = document
            .querySelector(host)
            ?.shadowRoot?.querySelector(status);

          return shown?.closest('[role="status"], [aria-live]')?.textContent;
        },
        CONTROL,
        INPAGE_STATUS,
      ),
    );
    expect(announced ?? 'no live region').toContain('Complete');
    expect(
      (await toolbarBadge(ext, `https://${ACME}/platform/integrations/*`)).text,
    ).toBe('✓');
  });

  it('reaches every popup action with Tab, shows where focus is, and announces the new status', async () => {
    const options = keep(await ext.openExtensionPage('/options.html'));
    await addTokens(options, [CRM_CONTACTS]);
    const dashboard = await openDashboard(ACME, DEMO_IDS.crmContacts);
    const popup = keep(await ext.openPopup(dashboard));
    await waitForText(popup, STATUS_BADGE, 'Incomplete');

    const stops = await tabOrder(popup);

    expect(stops.map(({ control }) => control)).toEqual(
      expect.arrayContaining([
        'button[data-action=mark-complete]',
        'button[data-action=copy-json]',
        'button[data-action=copy-curl]',
      ]),
    );
    expect(stops.filter(({ outline }) => !isVisibleOutline(outline))).toEqual(
      [],
    );

    await popup.focus('button[data-action="mark-complete"]');
    await popup.keyboard.press('Enter');

    await waitForText(popup, STATUS_BADGE, 'Complete');
    await waitForValue(
      () => liveTexts(popup),
      (texts) => texts.some((text) => text.includes('Complete')),
      { what: 'a live region to say Complete' },
    );
    const after = await tabOrder(popup);
    expect(after.map(({ control }) => control)).toContain(
      'button[data-action=mark-incomplete]',
    );
    expect(after.filter(({ outline }) => !isVisibleOutline(outline))).toEqual(
      [],
    );
  });

  it('reaches the overview’s checkboxes and bulk actions from the keyboard, and announces progress', async () => {
    const tokens = keep(await ext.openExtensionPage('/options.html'));
    await addTokens(tokens, [KNOWLEDGE_SYNC, CRM_CONTACTS]);
    // As a keyboard user arrives: a fresh page, nothing focused by a click
    // (Firefox keeps a clicked control's mouse-focus look when Tab wraps).
    const options = keep(await ext.openExtensionPage('/options.html#overview'));
    await waitForValue(
      () => shownRows(options),
      (rows) =>
        rows.length === 2 && rows.every(({ state }) => state === 'ready'),
      { what: 'two overview rows to be read' },
    );

    const stops = await tabOrder(options);
    const controls = stops.map(({ control }) => control);

    expect(controls.filter((c) => c === 'input[name=select-row]')).toHaveLength(
      2,
    );
    expect(controls).toContain('input[name=select-all]');
    expect(stops.filter(({ outline }) => !isVisibleOutline(outline))).toEqual(
      [],
    );

    await activate(options, 'input[name="select-all"]', ' ');
    await waitForText(options, '.overview-toolbar .muted', '2 selected');
    const withSelection = (await tabOrder(options)).map(
      ({ control }) => control,
    );
    expect(withSelection).toEqual(
      expect.arrayContaining([
        'button[data-action=bulk-complete]',
        'button[data-action=bulk-incomplete]',
      ]),
    );

    await activate(options, 'button[data-action="bulk-incomplete"]', 'Enter');
    await waitForValue(
      () =>
        options.evaluate(() =>
          document.activeElement?.getAttribute('data-action'),
        ),
      (action) => action === 'confirm-bulk-incomplete',
      { what: 'focus on the confirmation' },
    );
    await activate(
      options,
      'button[data-action="confirm-bulk-incomplete"]',
      'Enter',
    );

    await waitForValue(
      () => liveTexts(options),
      (texts) => texts.includes('2 of 2 done'),
      { what: 'the progress to be announced' },
    );
  });
});
