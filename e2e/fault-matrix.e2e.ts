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
  CASES,
  THROTTLE_CASE,
  UNCONFIRMED,
  UNCONFIRMED_FIRST,
  caseInstallation,
  record,
  seedWith,
  sentences,
  type FaultCase,
  type Installation,
} from './support/robust-fault-cases';
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
  textIn,
  untilAbsent,
  untilControlStatus,
  untilPresent,
  untilText,
} from './support/robust-ui';

// How the popup's "Mark complete" (and its first read) ends when Ada, or
// what stands in front of it, misbehaves: the sentence the partner reads,
// the history entry, and how often the request was sent. The client
// retries network errors and 408/429/500/502/503/504, up to 3 attempts in
// all, and never a timeout (lib/ada-client.ts).

const BADGE = '[data-testid="status-badge"]';
const FAILURE = '[data-testid="failure-message"]';
const NEXT_STEP = '[data-testid="next-step"]';
const MARK_COMPLETE = 'button[data-action="mark-complete"]';
const RECENT = '[data-testid="recent-changes"] li[data-outcome]';

const SEED = seedWith([
  ...CASES.keys(),
  ...UNCONFIRMED.map((_c, index) => UNCONFIRMED_FIRST + index),
  THROTTLE_CASE,
]);

let ada: LocalAda;

beforeAll(async () => {
  ada = await startLocalAda({ port: 443 });
});

afterAll(async () => {
  await ada?.close();
});

describe.each(BROWSERS)('fault matrix: %s', (name) => {
  let ext: ExtensionBrowser;
  let opened: Page[] = [];

  const keep = (page: Page): Page => {
    opened.push(page);

    return page;
  };

  const targetOf = (
    installation: Installation,
    on: FaultCase['on'],
  ): Expected => ({
    host: installation.host,
    method: on === 'change' ? 'PATCH' : 'GET',
    path:
      on === 'change'
        ? installationPath(
            installation.integrationId,
            installation.installationId,
          )
        : selfPath(installation.integrationId),
  });

  const serverStatus = ({
    host,
    integrationId,
    installationId,
  }: Installation) =>
    ada.installation(host, integrationId, installationId)?.status;

  /** A dashboard tab whose control has read the record, and its popup. */
  const openDashboard = async (installation: Installation) => {
    const url = `https://${installation.host}/platform/integrations/${installation.integrationId}`;
    const tab = keep(await ext.newPage(url));
    await untilControlStatus(tab, 'Incomplete');

    return tab;
  };

  /** What the client attempted, by the history's retry counter. */
  const expectAttempted = (
    attempted: number,
    { attempts, resentByBrowser }: FaultCase,
  ) => {
    if (resentByBrowser) {
      expect(attempted).toBeGreaterThanOrEqual(1);
      expect(attempted).toBeLessThanOrEqual(attempts);
      return;
    }

    expect(attempted).toBe(attempts);
  };

  /** What the server saw, against what the client attempted. */
  const expectSeen = (
    seen: number,
    { attempts, resentByBrowser, on }: FaultCase,
  ) => {
    if (resentByBrowser) {
      const perAttempt = name === 'firefox' && on === 'read' ? 10 : 2;
      expect(seen).toBeGreaterThanOrEqual(attempts);
      expect(seen).toBeLessThanOrEqual(perAttempt * attempts);
      return;
    }

    expect(seen).toBe(attempts);
  };

  const expectSees = async (
    popup: Page,
    installation: Installation,
    sees: FaultCase['sees'],
  ) => {
    if (!sees) {
      expect(await textIn(popup, FAILURE)).toBeUndefined();
      return;
    }

    const { message, nextStep } = sentences(
      sees.kind,
      installation.host,
      sees.status,
    );
    await untilText(popup, FAILURE, message);
    expect(await textIn(popup, NEXT_STEP)).toBe(nextStep);
  };

  const expectEntry = (
    entry: HistoryEntry,
    installation: Installation,
    sees: FaultCase['sees'],
  ) => {
    expect(entry).toMatchObject({
      host: installation.host,
      integrationId: installation.integrationId,
      installationId: installation.installationId,
      from: 'incomplete',
      to: 'complete',
      outcome: sees ? 'failed' : 'done',
      finishedAt: expect.any(Number),
    });
    expect(entry.error).toBe(
      sees
        ? sentences(sees.kind, installation.host, sees.status).message
        : undefined,
    );
    expect(entry.reconciled).toBeUndefined();
  };

  /** Runs "Mark complete" in the popup against `faults`; answers the popup. */
  const markComplete = async (
    installation: Installation,
    faults: Fault[],
    busy?: RegExp,
  ) => {
    const tab = await openDashboard(installation);
    const popup = keep(await ext.openPopup(tab));
    await untilText(popup, BADGE, 'Incomplete');

    const target = targetOf(installation, 'change');
    for (const fault of faults) ada.fault({ ...target, ...fault });
    await popup.click(MARK_COMPLETE);

    if (busy) await untilText(popup, '[data-testid="busy"]', busy);
    const entry = await untilSettled(ext, 40_000);
    await untilPresent(popup, RECENT);

    return { popup, entry, target };
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
    ada.seed(SEED);
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

  const cases = CASES.map((build, index) => ({
    ...build(caseInstallation(index)),
    index,
  }));

  it.each(cases)('$on: $name', async (c) => {
    const { index, on, faults, sees, badge, busy } = c;
    const installation = caseInstallation(index);
    await resetStorage(ext, [installation]);

    if (on === 'change') {
      const { popup, entry, target } = await markComplete(
        installation,
        faults,
        busy,
      );

      await expectSees(popup, installation, sees);
      await untilText(popup, BADGE, badge);
      expectEntry(entry, installation, sees);
      expect(await popup.$eval(RECENT, (li) => li.dataset.outcome)).toBe(
        entry.outcome,
      );
      expectAttempted(entry.attempt ?? 1, c);
      expectSeen(countOf(ada.requests(), target), c);
      expect(serverStatus(installation)).toBe(
        sees || faults.some((f) => f.body !== undefined)
          ? 'incomplete'
          : 'complete',
      );
      return;
    }

    const tab = await openDashboard(installation);
    const target = targetOf(installation, 'read');
    const before = countOf(ada.requests(), target);
    for (const fault of faults) ada.fault({ ...target, ...fault });

    const popup = keep(await ext.openPopup(tab));

    if (sees) await expectSees(popup, installation, sees);
    await untilText(popup, BADGE, badge);
    // The record may come from the cache first: wait for Ada's answer.
    await untilAbsent(popup, '[data-testid="refreshing"]');
    await expectSees(popup, installation, sees);
    expectSeen(countOf(ada.requests(), target) - before, c);
    expect(await readHistory(ext)).toEqual([]);
  });

  // Chromium backs off an extension's requests to a URL that answered 500
  // or 503 (ExtensionThrottleManager: two such answers are let through,
  // then it waits ~0.7 s, growing 1.4 times, for up to two minutes) and
  // refuses them locally, as a network error. A partner who tries again
  // soon after reading "HTTP 503" must still read that Ada is in trouble,
  // not that it cannot be reached; and the client's retries are too quick
  // for that back-off even within one change.
  // TODO: make this it() in Chromium once the client keeps the last HTTP
  // failure when a retry fails without reaching Ada (see the hand-off
  // report: Chromium's extension throttle).
  (name === 'chromium' ? it.fails : it)(
    'change: a 503 storm, then three more tries at once',
    async () => {
      const installation = caseInstallation(THROTTLE_CASE);
      const said503 = sentences('server', installation.host, 503).message;
      await resetStorage(ext, [installation]);
      const { popup } = await markComplete(installation, [
        { status: 503, times: 100 },
      ]);

      for (const tries of [2, 3, 4]) {
        await popup.click(MARK_COMPLETE);
        await pollUntil(
          async () => {
            const entries = await readHistory(ext);
            const settled = entries.every((e) => e.outcome !== 'pending');

            return entries.length === tries && settled ? true : undefined;
          },
          { what: `change ${tries} to settle`, timeoutMs: 20_000 },
        );
      }

      const errors = (await readHistory(ext)).map(({ error }) => error);
      expect(errors).toEqual([said503, said503, said503, said503]);
      await expectSees(popup, installation, { kind: 'server', status: 503 });
    },
  );

  describe.each(
    UNCONFIRMED.map((c, index) => ({
      ...c,
      installation: caseInstallation(UNCONFIRMED_FIRST + index),
    })),
  )('change: 200 with $name', ({ fields, badge, installation }) => {
    const answer = () => [
      { body: JSON.stringify(record(installation, fields)) },
    ];

    it('shows Ada’s answer as it came, after one PATCH', async () => {
      await resetStorage(ext, [installation]);

      const { popup, target } = await markComplete(installation, answer());

      await untilText(popup, BADGE, badge);
      expect(countOf(ada.requests(), target)).toBe(1);
    });

    // changeStatus reads the installation back when Ada's answer does not
    // show the status asked for.
    it('is not recorded as done: Ada still shows incomplete', async () => {
      await resetStorage(ext, [installation]);

      const { entry } = await markComplete(installation, answer());

      expect(serverStatus(installation)).toBe('incomplete');
      expect(entry.outcome).toBe('failed');
    });
  });
});
