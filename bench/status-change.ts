import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import type { LocalAda } from '../dev/local-ada/index';
import type { ExtensionBrowser } from '../e2e/harness/browsers';
import { textOf, waitForElement, waitForValue } from '../e2e/support/page-ui';
import { HOSTS, INTEGRATIONS } from './bench-seed';
import { figure, type Figure } from './figures';
import { armClickProbe, clickToPaint } from './paint-probe';
import { rawPatcher } from './raw-patch';
import { difference, paired, ratio } from './stats';

const SECTION = 'status change: click → updated record painted';
const BADGE = '[data-testid="status-badge"]';
const MARK_COMPLETE = 'button[data-action="mark-complete"]';
const MARK_INCOMPLETE = 'button[data-action="mark-incomplete"]';
const CONFIRM_REVERT = 'button[data-action="confirm-revert"]';
const BUSY = '[data-testid="refreshing"], [data-testid="busy"]';
// Stays under local Ada's 10 requests a second for the two hosts together.
const PAUSE_MS = 250;

/**
 * Alternates "Mark complete" and "Mark incomplete" in one open popup. A
 * revert asks for confirmation first; the clock starts at the click that
 * sends the PATCH (confirm-revert), so both directions time the same path.
 * Each change is followed by a raw PATCH from Node to a twin record on
 * another host of the same local Ada, so the two are measured side by side
 * and Node's change never surprises the popup.
 */
export async function statusFigures(
  ext: ExtensionBrowser,
  ada: LocalAda,
  runs: number,
  warmups: number,
): Promise<Figure[]> {
  const url = `https://${HOSTS.click}/platform/integrations/${INTEGRATIONS.own.id}`;
  const dashboard = await ext.newPage(url);
  await dashboard.waitForSelector('#dashboard-main[data-loaded="true"]');
  const popup = await ext.openPopup(dashboard);
  const raw = rawPatcher(ada, HOSTS.raw);
  const clicks: number[] = [];
  const patches: number[] = [];

  try {
    await waitUntilIdle(popup);
    for (let run = -warmups; run < runs; run += 1) {
      const click = await changeInPopup(popup);
      const patch = await raw.toggle();
      await sleep(PAUSE_MS);
      if (run < 0) continue;

      clicks.push(click);
      patches.push(patch);
    }
  } finally {
    raw.close();
    await popup.close();
    await dashboard.close();
  }

  return [
    figure({
      id: 'status.click',
      section: SECTION,
      label: 'click → badge shows the new status (popup)',
      unit: 'ms',
      samples: clicks,
    }),
    figure({
      id: 'status.rawPatch',
      section: SECTION,
      label: 'raw PATCH from Node, same local Ada',
      unit: 'ms',
      samples: patches,
    }),
    figure({
      id: 'status.overhead',
      section: SECTION,
      label: 'click − raw PATCH (the extension’s part)',
      unit: 'ms',
      samples: paired(clicks, patches, difference),
    }),
    figure({
      id: 'status.ratio',
      section: SECTION,
      label: 'click ÷ raw PATCH',
      unit: 'ratio',
      samples: paired(clicks, patches, ratio),
      target: { limit: 1.3, text: '≤ 1.30×' },
    }),
  ];
}

async function changeInPopup(popup: Page): Promise<number> {
  const shown = await textOf(popup, BADGE);

  if (shown === 'Complete') {
    await popup.click(MARK_INCOMPLETE);
    await waitForElement(popup, CONFIRM_REVERT);
    await armClickProbe(popup, CONFIRM_REVERT, 'Incomplete');
    await popup.click(CONFIRM_REVERT);
  } else {
    await armClickProbe(popup, MARK_COMPLETE, 'Complete');
    await popup.click(MARK_COMPLETE);
  }
  const elapsed = await clickToPaint(popup);
  await waitUntilIdle(popup);

  return elapsed;
}

// Ada's record shown and no change under way: the buttons are live again.
async function waitUntilIdle(popup: Page): Promise<void> {
  await waitForValue(
    () =>
      popup.evaluate(
        `document.querySelector('${BADGE}') !== null &&
          document.querySelector('${BUSY}') === null`,
      ),
    (idle) => idle === true,
    { what: 'the popup to show Ada’s record with no change under way' },
  );
}
