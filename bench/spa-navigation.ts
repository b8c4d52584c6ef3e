import type { Browser } from 'puppeteer-core';
import type { LocalAda } from '../dev/local-ada/index';
import { HOSTS } from './bench-seed';
import { figure, type Figure } from './figures';
import type { MainThread, Memory } from './page-metrics';
import { walk, type Walk } from './spa-walk';
import { difference, paired } from './stats';

const MAIN_THREAD = 'content script: main-thread time (with − without)';
// V8's heap moves by a few kB between two GCs with nothing leaking; 16 kB
// over 100 navigations would be a leak of 160 bytes each, less than one
// closure and listener kept per navigation.
const HEAP_NOISE_BYTES = 16_000;

/**
 * SPA navigation by clicking the dashboard's own nav links (pushState),
 * alternating between the partner's integration (token saved: the content
 * script asks Ada) and another partner's (no token: the background answers
 * from storage). Ada allows 90 reads a minute per host and 100 navigations
 * would need 50, so each run has a host of its own. Main-thread time is
 * the difference with a browser without the extension, walking the same.
 */
export async function navigationFigures(
  withExtension: Browser,
  without: Browser,
  ada: LocalAda,
  runs: number,
  navigations: number,
): Promise<Figure[]> {
  // Navigation 1, the middle one and the last must land on the same page.
  if (navigations % 4 !== 0) {
    throw new Error('Use a multiple of 4 navigations.');
  }

  const memory = `page memory: growth from SPA navigation 1 to ${1 + navigations} (after GC)`;
  const walks = { with: [] as Walk[], without: [] as Walk[] };

  // Run 0 warms both browsers up and is left out.
  for (let run = 0; run <= runs; run += 1) {
    const host = HOSTS.navigation(run);
    const extensionFirst = run % 2 === 0;
    const walkWith = () => walk(ada, withExtension, true, host, navigations);
    const walkWithout = () => walk(ada, without, false, host, navigations);
    const first = await (extensionFirst ? walkWith() : walkWithout());
    const second = await (extensionFirst ? walkWithout() : walkWith());
    if (run === 0) continue;

    walks.with.push(extensionFirst ? first : second);
    walks.without.push(extensionFirst ? second : first);
  }

  const perNavigation = (key: keyof MainThread) =>
    paired(
      walks.with.map((w) => w.perNavigation[key]),
      walks.without.map((w) => w.perNavigation[key]),
      difference,
    );
  const growth = (
    side: 'with' | 'without',
    key: keyof Memory,
    part: 'growth' | 'lateGrowth' = 'growth',
  ) => walks[side].map((w) => w[part][key]);

  return [
    figure({
      id: 'contentScript.navigationScript',
      section: MAIN_THREAD,
      label: 'per SPA navigation: script (Δ ScriptDuration)',
      unit: 'ms',
      samples: perNavigation('scriptMs'),
    }),
    figure({
      id: 'contentScript.navigationTask',
      section: MAIN_THREAD,
      label: 'per SPA navigation: all tasks (Δ TaskDuration)',
      unit: 'ms',
      samples: perNavigation('taskMs'),
    }),
    figure({
      id: 'memory.heapWith',
      section: memory,
      label: 'JS heap, with extension',
      unit: 'delta-bytes',
      samples: growth('with', 'heapBytes'),
    }),
    figure({
      id: 'memory.heapWithout',
      section: memory,
      label: 'JS heap, without (the page alone)',
      unit: 'delta-bytes',
      samples: growth('without', 'heapBytes'),
    }),
    figure({
      id: 'memory.heapExtension',
      section: memory,
      label: 'JS heap, the extension’s part (with − without)',
      unit: 'delta-bytes',
      samples: paired(
        growth('with', 'heapBytes'),
        growth('without', 'heapBytes'),
        difference,
      ),
      target: {
        limit: HEAP_NOISE_BYTES,
        text: `no growth (≤ ${HEAP_NOISE_BYTES / 1000} kB)`,
      },
    }),
    figure({
      id: 'memory.heapExtensionLate',
      section: memory,
      label: `  of which navigations ${1 + navigations / 2} → ${1 + navigations}`,
      unit: 'delta-bytes',
      samples: paired(
        growth('with', 'heapBytes', 'lateGrowth'),
        growth('without', 'heapBytes', 'lateGrowth'),
        difference,
      ),
      target: {
        limit: HEAP_NOISE_BYTES / 2,
        text: `no growth (≤ ${HEAP_NOISE_BYTES / 2000} kB)`,
      },
    }),
    figure({
      id: 'memory.listenersWith',
      section: memory,
      label: 'event listeners, with extension',
      unit: 'delta-count',
      samples: growth('with', 'listeners'),
      target: { limit: 0, text: 'no growth' },
    }),
    figure({
      id: 'memory.listenersWithout',
      section: memory,
      label: 'event listeners, without',
      unit: 'delta-count',
      samples: growth('without', 'listeners'),
    }),
    figure({
      id: 'memory.nodesWith',
      section: memory,
      label: 'DOM nodes, with extension',
      unit: 'delta-count',
      samples: growth('with', 'nodes'),
      target: { limit: 0, text: 'no growth' },
    }),
  ];
}
