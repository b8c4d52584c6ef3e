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
  type Fault,
  type LocalAda,
} from '../dev/local-ada/index';
import {
  BROWSERS,
  launchWithExtension,
  type ExtensionBrowser,
} from './harness/browsers';
import { pollUntil } from './harness/poll';
import {
  readHistory,
  resetStorage,
  untilBackgroundReady,
  untilSettled,
  type HistoryEntry,
} from './support/robust-extension';
import {
  countOf,
  installationPath,
  selfPath,
  summary,
  type Expected,
} from './support/robust-traffic';
import {
  untilControlStatus,
  untilPresent,
  untilText,
} from './support/robust-ui';
import { stopBackground } from './support/robust-worker';

// A change must end in the history exactly as it ended at Ada, even when
// the popup closes or the background stops while the PATCH is in flight:
// the change is recorded as pending before it leaves, and reconcilePending
// settles it by reading the installation back when the background starts.

const SEED = demoSeed();
const HOST = 'acme.ada.support';
const INSTALLATION = {
  host: HOST,
  integrationId: DEMO_IDS.crmContacts,
  installationId: DEMO_IDS.acmeCrmContacts,
  token: DEMO_TOKENS.acmeCrmContacts,
};
const PATCH: Expected = {
  method: 'PATCH',
  host: HOST,
  path: installationPath(
    INSTALLATION.integrationId,
    INSTALLATION.installationId,
  ),
};
const READ: Expected = {
  method: 'GET',
  host: HOST,
  path: selfPath(INSTALLATION.integrationId),
};
// Longer than any test: "the answer never comes".
const FOREVER_MS = 10 * 60_000;

const BADGE = '[data-testid="status-badge"]';
const MARK_COMPLETE = 'button[data-action="mark-complete"]';
const FAILURE = '[data-testid="failure-message"]';
const RECENT = '[data-testid="recent-changes"] li[data-outcome]';
const HISTORY_OUTCOME = '[data-testid="history-row"] td[data-outcome]';

interface StopCase {
  name: string;
  /** What holds the PATCH while the background stops. */
  hold: Fault;
  /** Faults for the read-back once the background starts again. */
  readBack?: Fault[];
  landed: boolean;
  error?: string;
  /** Read-backs the server should see: retries when they fail. */
  reads: number;
}

const STOP_CASES: StopCase[] = [
  {
    name: 'before Ada applied it: settled as failed',
    hold: { latencyMs: FOREVER_MS },
    landed: false,
    error: 'Interrupted before Ada confirmed; Ada shows incomplete.',
    reads: 1,
  },
  {
    name: 'after Ada applied it, its answer lost: settled as done',
    hold: { respondAfterMs: FOREVER_MS },
    landed: true,
    reads: 1,
  },
  {
    name: 'and the read-back fails too: settled as failed, with why',
    hold: { latencyMs: FOREVER_MS },
    // 502 rather than 503: Chromium would throttle the retries of a 503.
    readBack: [{ status: 502, html: true, times: 3 }],
    landed: false,
    error: `Interrupted; checking the result failed: ${HOST} is having trouble right now (HTTP 502).`,
    reads: 3,
  },
];

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda({ port: 443 });
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('interrupted change: %s', (name) => {
  let ext: ExtensionBrowser;
  let opened: Page[] = [];

  const keep = (page: Page): Page => {
    opened.push(page);

    return page;
  };

  const serverStatus = () =>
    ada.installation(
      HOST,
      INSTALLATION.integrationId,
      INSTALLATION.installationId,
    )?.status;

  /** The dashboard tab and its popup, ready to mark complete. */
  const openPopupOnDashboard = async () => {
    const tab = keep(
      await ext.newPage(
        `https://${HOST}/platform/integrations/${INSTALLATION.integrationId}`,
      ),
    );
    await untilControlStatus(tab, 'Incomplete');
    const popup = keep(await ext.openPopup(tab));
    await untilText(popup, BADGE, 'Incomplete');

    return { tab, popup };
  };

  const untilPatchArrives = () =>
    pollUntil(
      async () => (countOf(ada.requests(), PATCH) > 0 ? true : undefined),
      { what: 'the PATCH to reach local Ada' },
    );

  /** The options page, and the outcome its history table shows. */
  const optionsOutcome = async () => {
    const options = keep(await ext.openExtensionPage('/options.html'));

    return untilText(options, HISTORY_OUTCOME, /^(done|failed)/, 20_000).then(
      () => options.$eval(HISTORY_OUTCOME, (td) => td.dataset.outcome),
    );
  };

  const expectMatchesServer = (entry: HistoryEntry) => {
    expect(entry.outcome === 'done').toBe(serverStatus() === 'complete');
  };

  beforeAll(async () => {
    ext = await launchWithExtension(name, {
      adaHosts: SEED.instances.map(({ host }) => host),
    });
    await untilBackgroundReady(ext);
  });

  afterAll(async () => {
    await ext?.close();
  });

  beforeEach(async ({ onTestFailed }) => {
    ada.reset();
    ada.seed(demoSeed());
    await resetStorage(ext, [INSTALLATION]);
    onTestFailed(() => {
      console.error(`What local Ada saw:\n${summary(ada.requests())}`);
    });
  });

  afterEach(async () => {
    for (const page of opened.reverse()) {
      await page.close().catch(() => undefined);
    }
    opened = [];
  });

  it('popup closed mid-change: the change completes and is recorded done', async () => {
    const { popup } = await openPopupOnDashboard();
    ada.fault({ ...PATCH, latencyMs: 3_000 });

    await popup.click(MARK_COMPLETE);
    opened = opened.filter((page) => page !== popup);
    await popup.close();

    await untilPatchArrives();
    expect((await readHistory(ext))[0]?.outcome).toBe('pending');
    const entry = await untilSettled(ext);

    expect(entry).toMatchObject({
      outcome: 'done',
      from: 'incomplete',
      to: 'complete',
      finishedAt: expect.any(Number),
    });
    expect(entry.error).toBeUndefined();
    expect(entry.reconciled).toBeUndefined();
    expect(serverStatus()).toBe('complete');
    expect(countOf(ada.requests(), PATCH)).toBe(1);
    expect(await optionsOutcome()).toBe('done');
  });

  describe('background stopped mid-change', () => {
    it.each(STOP_CASES)(
      '$name',
      async ({ hold, readBack = [], landed, error, reads }) => {
        const { tab, popup } = await openPopupOnDashboard();
        ada.fault({ ...PATCH, ...hold });
        await popup.click(MARK_COMPLETE);
        await untilPatchArrives();
        expect((await readHistory(ext))[0]?.outcome).toBe('pending');
        expect(serverStatus()).toBe(landed ? 'complete' : 'incomplete');

        await stopBackground(ext);

        // The popup's question died with the background; it says so.
        await untilText(
          popup,
          FAILURE,
          'The extension could not complete this request.',
        );
        const readsBefore = countOf(ada.requests(), READ);
        for (const fault of readBack) ada.fault({ ...READ, ...fault });

        // Opening the options page wakes the background.
        expect(await optionsOutcome()).toBe(landed ? 'done' : 'failed');
        const [entry, ...others] = await readHistory(ext);

        expect(others).toEqual([]);
        expect(entry).toMatchObject({
          outcome: landed ? 'done' : 'failed',
          reconciled: true,
          finishedAt: expect.any(Number),
        });
        expect(entry?.error).toBe(error);
        if (entry) expectMatchesServer(entry);
        expect(serverStatus()).toBe(landed ? 'complete' : 'incomplete');
        // Settled by reading back, never by sending the change again.
        expect(countOf(ada.requests(), PATCH)).toBe(1);
        expect(countOf(ada.requests(), READ) - readsBefore).toBe(reads);

        const reopened = keep(await ext.openPopup(tab));
        await untilPresent(reopened, RECENT);
        expect(await untilText(reopened, RECENT)).toContain(
          'checked after an interruption',
        );
        expect(await reopened.$eval(RECENT, (li) => li.dataset.outcome)).toBe(
          entry?.outcome,
        );
      },
    );
  });
});
