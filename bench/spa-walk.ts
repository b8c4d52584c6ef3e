import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser, Page } from 'puppeteer-core';
import { z } from 'zod';
import type { LocalAda } from '../dev/local-ada/index';
import { INTEGRATIONS } from './bench-seed';
import {
  SETTLE_MS,
  answeredReads,
  dashboardUrl,
  settleAfterReads,
} from './dashboard-page';
import {
  mainThread,
  memoryAfterGc,
  metricsSession,
  type MainThread,
  type Memory,
} from './page-metrics';

// Between two clicks, once Ada has answered the content script (if it
// asked): time for the answer to reach the page and be painted.
const STEP_MS = 20;

export interface Walk {
  perNavigation: MainThread;
  /** Navigation 1 → 1 + navigations. */
  growth: Memory;
  /** The second half only, once every code path has run and warmed up. */
  lateGrowth: Memory;
}

/**
 * Loads the other partner's integration page on `host`, clicks to the
 * partner's own (navigation 1), then `navigations` more clicks alternating
 * between the two, so the middle and the last navigation land where
 * navigation 1 did. Memory is read after a GC at those three points.
 */
export async function walk(
  ada: LocalAda,
  browser: Browser,
  hasExtension: boolean,
  host: string,
  navigations: number,
): Promise<Walk> {
  const { own, other } = INTEGRATIONS;
  const page = await browser.newPage();
  const session = await metricsSession(page);
  let reads = answeredReads(ada, host);

  await page.goto(dashboardUrl(host, other.id));
  await page.waitForSelector('#dashboard-main[data-loaded="true"]');
  const centres = await linkCentres(page);
  await sleep(SETTLE_MS);

  // A trusted click where the link is: page.click() would look the link
  // up and scroll to it each time, several CDP round trips per navigation.
  const navigate = async (integrationId: string, settleMs: number) => {
    const centre = centres.get(integrationId);
    if (!centre) throw new Error(`No nav link to ${integrationId}.`);

    await page.mouse.click(centre.x, centre.y);
    if (!hasExtension || integrationId !== own.id) return sleep(settleMs);

    reads += 1;
    await settleAfterReads(ada, host, reads, settleMs);
  };
  // Main-thread time, then memory after a GC. The forced GC is the bench's
  // work, not the page's: its task time is noted to be taken out.
  const snapshot = async () => {
    const thread = await mainThread(session);
    const memory = await memoryAfterGc(session);
    const gcMs = (await mainThread(session)).taskMs - thread.taskMs;

    return { thread, memory, gcMs };
  };

  await navigate(own.id, SETTLE_MS);
  const first = await snapshot();
  let middle = first;
  for (let step = 1; step <= navigations; step += 1) {
    const pause = step % (navigations / 2) === 0 ? SETTLE_MS : STEP_MS;
    await navigate(step % 2 === 1 ? other.id : own.id, pause);
    if (step === navigations / 2) middle = await snapshot();
  }
  const last = await snapshot();
  await page.close();

  const growth = (from: typeof first) => ({
    heapBytes: last.memory.heapBytes - from.memory.heapBytes,
    listeners: last.memory.listeners - from.memory.listeners,
    nodes: last.memory.nodes - from.memory.nodes,
  });
  // The first and middle GCs fall between the two readings.
  const forcedGcMs = first.gcMs + (middle === first ? 0 : middle.gcMs);
  const spent = (key: keyof MainThread) => last.thread[key] - first.thread[key];

  return {
    perNavigation: {
      scriptMs: spent('scriptMs') / navigations,
      taskMs: (spent('taskMs') - forcedGcMs) / navigations,
    },
    growth: growth(first),
    lateGrowth: growth(middle),
  };
}

const LinkCentres = z.array(
  z.object({ id: z.string(), x: z.number(), y: z.number() }),
);

// The dashboard re-renders its nav on each navigation, in the same place.
async function linkCentres(
  page: Page,
): Promise<Map<string, { x: number; y: number }>> {
  const links = LinkCentres.parse(
    await page.evaluate(`[...document.querySelectorAll('nav a[data-integration-id]')]
      .map((link) => {
        const box = link.getBoundingClientRect();
        return { id: link.dataset.integrationId,
          x: box.x + box.width / 2, y: box.y + box.height / 2 };
      })`),
  );

  return new Map(links.map(({ id, x, y }) => [id, { x, y }]));
}
