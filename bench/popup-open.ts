import type { browser } from 'wxt/browser';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../e2e/harness/browsers';
import { HOSTS, INTEGRATIONS } from './bench-seed';
import { figure, type Figure } from './figures';
import { probePopups, waitForPopupMark } from './paint-probe';
import { paired, ratio } from './stats';

const SECTION =
  'popup open → painted (from the popup document’s navigation start)';

// The blank page is manifest.json shown as the popup: the one file of the
// build that an extension tab can open and that runs nothing (the brief
// rules out adding an entrypoint). It is opened exactly like the popup
// (action.setPopup, then action.openPopup from the background), so both
// pay for the popup window, the extension process and the navigation, and
// the difference is what popup.html costs: its scripts, CSS, the message
// round trip to the background, Ada's answer and the render.
const BLANK_PAGE = 'manifest.json';
const POPUP_PAGE = 'popup.html';

interface Opened {
  /** Navigation start → painted. */
  fromNavigation: number;
  /** action.openPopup() call → painted (epoch clocks of two processes). */
  fromCall: number;
  cached?: number;
}

export async function popupFigures(
  ext: ExtensionBrowser,
  runs: number,
  warmups: number,
): Promise<Figure[]> {
  const url = `https://${HOSTS.popup}/platform/integrations/${INTEGRATIONS.own.id}`;
  const dashboard = await ext.newPage(url);
  await dashboard.waitForSelector('#dashboard-main[data-loaded="true"]');
  const stopProbing = await probePopups(ext.browser);
  const popups: Opened[] = [];
  const blanks: Opened[] = [];

  try {
    for (let run = -warmups; run < runs; run += 1) {
      // Alternate which goes first, so neither always runs on a warmer cache.
      const popupFirst = run % 2 === 0;
      const first = await openTimed(ext, dashboard, popupFirst);
      const second = await openTimed(ext, dashboard, !popupFirst);
      if (run < 0) continue;

      popups.push(popupFirst ? first : second);
      blanks.push(popupFirst ? second : first);
    }
  } finally {
    stopProbing();
    await setPopup(ext, POPUP_PAGE);
    await dashboard.close();
  }

  const of = (list: Opened[], key: 'fromNavigation' | 'fromCall') =>
    list.map((item) => item[key]);
  const cached = popups.flatMap(({ cached }) => (cached ? [cached] : []));

  return [
    figure({
      id: 'popup.cached',
      section: SECTION,
      label: 'popup: cached record painted',
      unit: 'ms',
      samples: cached,
    }),
    figure({
      id: 'popup.current',
      section: SECTION,
      label: 'popup: current record painted (Ada answered)',
      unit: 'ms',
      samples: of(popups, 'fromNavigation'),
    }),
    figure({
      id: 'popup.blank',
      section: SECTION,
      label: 'blank extension page painted (manifest.json as popup)',
      unit: 'ms',
      samples: of(blanks, 'fromNavigation'),
    }),
    figure({
      id: 'popup.ratio',
      section: SECTION,
      label: 'popup ÷ blank',
      unit: 'ratio',
      samples: paired(
        of(popups, 'fromNavigation'),
        of(blanks, 'fromNavigation'),
        ratio,
      ),
      target: { limit: 1.5, text: '≤ 1.50×' },
    }),
    figure({
      id: 'popup.ratioFromCall',
      section: SECTION,
      label: 'popup ÷ blank, timed from the openPopup() call',
      unit: 'ratio',
      samples: paired(of(popups, 'fromCall'), of(blanks, 'fromCall'), ratio),
      target: { limit: 1.5, text: '≤ 1.50×' },
    }),
  ];
}

async function openTimed(
  ext: ExtensionBrowser,
  dashboard: Page,
  isPopup: boolean,
): Promise<Opened> {
  const file = isPopup ? POPUP_PAGE : BLANK_PAGE;
  await setPopup(ext, file);
  // As for a user: the popup opens over the dashboard tab.
  await dashboard.bringToFront();
  const before = new Set(ext.browser.targets());

  const calledAt = await ext.evaluateInBackground(async () => {
    const api: typeof browser = Reflect.get(globalThis, 'chrome');
    const at = performance.timeOrigin + performance.now();
    await api.action.openPopup();

    return at;
  });
  const target = await ext.browser.waitForTarget(
    (t) =>
      t.type() === 'page' && !before.has(t) && t.url().endsWith(`/${file}`),
    { timeout: 10_000 },
  );
  const page = await target.asPage();
  const marks = await waitForPopupMark(page, isPopup ? 'current' : 'blank');
  await page.close();

  const painted = (isPopup ? marks.current : marks.blank) ?? Number.NaN;

  return {
    fromNavigation: painted,
    fromCall: marks.origin + painted - calledAt,
    ...(marks.cached === undefined ? {} : { cached: marks.cached }),
  };
}

async function setPopup(ext: ExtensionBrowser, popup: string): Promise<void> {
  await ext.evaluateInBackground(async (page: string) => {
    const api: typeof browser = Reflect.get(globalThis, 'chrome');
    await api.action.setPopup({ popup: page });
  }, popup);
}
