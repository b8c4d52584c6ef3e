import { setTimeout as sleep } from 'node:timers/promises';
import type { Browser } from 'puppeteer-core';
import type { LocalAda } from '../dev/local-ada/index';
import { HOSTS, INTEGRATIONS } from './bench-seed';
import {
  LOAD_PROBE,
  SETTLE_MS,
  answeredReads,
  dashboardUrl,
  loadMarks,
  settleAfterReads,
} from './dashboard-page';
import { figure, type Figure } from './figures';
import { mainThread, metricsSession } from './page-metrics';
import { difference, paired, ratio } from './stats';

const LOAD = 'page load: dashboard with ÷ without the extension';
const MAIN_THREAD = 'content script: main-thread time (with − without)';

interface Load {
  loadEvent: number;
  dataLoaded: number;
  scriptMs: number;
  taskMs: number;
}

/**
 * Loads the partner's integration page in a fresh tab of each browser,
 * alternating which goes first. The extension's run waits for its content
 * script to get Ada's answer, then both settle the same time before the
 * main-thread counters are read.
 */
export async function pageLoadFigures(
  withExtension: Browser,
  without: Browser,
  ada: LocalAda,
  runs: number,
  warmups: number,
): Promise<Figure[]> {
  const loads = { with: [] as Load[], without: [] as Load[] };

  for (let run = -warmups; run < runs; run += 1) {
    const extensionFirst = run % 2 === 0;
    const [firstBrowser, secondBrowser] = extensionFirst
      ? [withExtension, without]
      : [without, withExtension];
    const first = await loadOnce(ada, firstBrowser, extensionFirst);
    const second = await loadOnce(ada, secondBrowser, !extensionFirst);
    if (run < 0) continue;

    loads.with.push(extensionFirst ? first : second);
    loads.without.push(extensionFirst ? second : first);
  }

  const of = (side: 'with' | 'without', key: keyof Load) =>
    loads[side].map((load) => load[key]);
  const compare = (key: keyof Load, combine = ratio) =>
    paired(of('with', key), of('without', key), combine);

  return [
    figure({
      id: 'load.withExtension',
      section: LOAD,
      label: 'navigation start → load event, with extension',
      unit: 'ms',
      samples: of('with', 'loadEvent'),
    }),
    figure({
      id: 'load.without',
      section: LOAD,
      label: 'navigation start → load event, without',
      unit: 'ms',
      samples: of('without', 'loadEvent'),
    }),
    figure({
      id: 'load.ratio',
      section: LOAD,
      label: 'load event: with ÷ without',
      unit: 'ratio',
      samples: compare('loadEvent'),
      target: { limit: 1.05, text: '≤ 1.05×' },
    }),
    figure({
      id: 'load.dataLoadedRatio',
      section: LOAD,
      label: '#dashboard-main[data-loaded]: with ÷ without',
      unit: 'ratio',
      samples: compare('dataLoaded'),
      target: { limit: 1.05, text: '≤ 1.05×' },
    }),
    figure({
      id: 'contentScript.loadScript',
      section: MAIN_THREAD,
      label: 'page load: script (Δ ScriptDuration)',
      unit: 'ms',
      samples: compare('scriptMs', difference),
    }),
    figure({
      id: 'contentScript.loadTask',
      section: MAIN_THREAD,
      label: 'page load: all tasks (Δ TaskDuration)',
      unit: 'ms',
      samples: compare('taskMs', difference),
    }),
  ];
}

async function loadOnce(
  ada: LocalAda,
  browser: Browser,
  hasExtension: boolean,
): Promise<Load> {
  const host = HOSTS.load;
  const page = await browser.newPage();
  const session = await metricsSession(page);
  await page.evaluateOnNewDocument(LOAD_PROBE);
  const readsBefore = answeredReads(ada, host);

  await page.goto(dashboardUrl(host, INTEGRATIONS.own.id));
  const marks = await loadMarks(page);
  if (hasExtension) {
    await settleAfterReads(ada, host, readsBefore + 1);
  } else {
    await sleep(SETTLE_MS);
  }
  const thread = await mainThread(session);
  await page.close();

  return { ...marks, ...thread };
}
