import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import type { LocalAda } from '../dev/local-ada/index';
import { pollUntil } from '../e2e/harness/poll';
import { apiCalls } from '../e2e/support/ada-traffic';

// Time for the content script to render Ada's answer once local Ada has
// sent it, and for a page without the extension to go quiet the same way.
export const SETTLE_MS = 150;

// When the dashboard's own script marks its data loaded, in ms from the
// navigation start; with the load event from Navigation Timing. Installed
// in both browsers, so it costs both the same.
export const LOAD_PROBE = `(() => {
  if (!location.hostname.endsWith('.ada.support')) return;
  const marks = {};
  globalThis.__adaBenchLoad = marks;
  new MutationObserver((_, observer) => {
    if (document.getElementById('dashboard-main')?.dataset.loaded !== 'true') return;
    marks.dataLoaded = performance.now();
    observer.disconnect();
  }).observe(document, {
    subtree: true, childList: true, attributes: true,
    attributeFilter: ['data-loaded'],
  });
})();`;

const LoadMarks = z.object({ dataLoaded: z.number(), loadEvent: z.number() });

export type LoadMarks = z.infer<typeof LoadMarks>;

export function dashboardUrl(host: string, integrationId: string): string {
  return `https://${host}/platform/integrations/${integrationId}`;
}

/** Waits for the dashboard's data and load event; answers their times. */
export function loadMarks(page: Page): Promise<LoadMarks> {
  return pollUntil(
    async () => {
      const marks = LoadMarks.safeParse(
        await page.evaluate(`({
          ...globalThis.__adaBenchLoad,
          loadEvent: performance.getEntriesByType('navigation')[0]?.loadEventEnd || undefined,
        })`),
      );

      return marks.success ? marks.data : undefined;
    },
    { what: 'the dashboard to load its data', intervalMs: 20 },
  );
}

/** Reads of the installation that local Ada has answered for `host`. */
export function answeredReads(ada: LocalAda, host: string): number {
  return apiCalls(ada.requests()).filter(
    (call) => call.host === host && call.method === 'GET' && call.status !== 0,
  ).length;
}

/** Waits until `host` has had `count` answered reads, then `settleMs`. */
export async function settleAfterReads(
  ada: LocalAda,
  host: string,
  count: number,
  settleMs = SETTLE_MS,
): Promise<void> {
  await pollUntil(
    async () => (answeredReads(ada, host) >= count ? true : undefined),
    { what: `read number ${count} of ${host}`, intervalMs: 5 },
  );
  await sleep(settleMs);
}
