import {
  CDPSessionEvent,
  type Browser,
  type CDPSession,
  type Page,
} from 'puppeteer-core';
import { z } from 'zod';
import { pollUntil } from '../e2e/harness/poll';

// Paint times measured inside the page, in ms from its navigation start
// (performance.now()). "Painted" is the first task after the next
// animation frame once the awaited DOM is there: the frame that shows it
// has been produced by then. The probes are source text, not functions, so
// that tsx's helpers never end up in the page.

const PopupMarks = z.object({
  /** performance.timeOrigin: the popup document's navigation start. */
  origin: z.number(),
  /** The cached record's badge (before Ada answered). */
  cached: z.number().optional(),
  /** Badge shown, and neither loading nor refreshing: Ada's record. */
  current: z.number().optional(),
  /** The document parsed: all a blank page shows. */
  blank: z.number().optional(),
});

export type PopupMarks = z.infer<typeof PopupMarks>;

const POPUP_PROBE = `(() => {
  if (location.protocol !== 'chrome-extension:') return;
  const page = location.pathname;
  if (page !== '/popup.html' && page !== '/manifest.json') return;

  const marks = { origin: performance.timeOrigin };
  globalThis.__adaBenchMarks = marks;
  const paint = (name) => requestAnimationFrame(() =>
    setTimeout(() => { marks[name] ??= performance.now(); }));
  const has = (selector) => document.querySelector(selector) !== null;

  if (page === '/manifest.json') {
    document.addEventListener('DOMContentLoaded', () => paint('blank'));
    return;
  }
  const observer = new MutationObserver(() => {
    if (!has('[data-testid="status-badge"]')) return;
    paint('cached');
    if (has('[data-testid="refreshing"]') || has('[data-testid="loading"]')) return;
    paint('current');
    observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true });
})();`;

/**
 * Puts the popup probe into every page the browser opens from now on,
 * before the page's own scripts run. A popup cannot be prepared like a tab
 * (it exists only once opened), so this hooks CDP's auto-attach: Puppeteer
 * holds each new target until it has set it up, and commands sent from the
 * 'sessionattached' event reach the target before Puppeteer lets it run.
 */
export async function probePopups(browser: Browser): Promise<() => void> {
  const root = await browser.target().createCDPSession();
  const connection = root.connection();
  if (!connection) throw new Error('No CDP connection behind the browser.');

  const prepare = (session: CDPSession) => {
    // Chromium runs new-document scripts only once the Page domain is on.
    // Tabs and workers have no Page domain and refuse both: fine.
    session.send('Page.enable').catch(() => undefined);
    session
      .send('Page.addScriptToEvaluateOnNewDocument', { source: POPUP_PROBE })
      .catch(() => undefined);
  };
  connection.on(CDPSessionEvent.SessionAttached, prepare);

  return () => {
    connection.off(CDPSessionEvent.SessionAttached, prepare);
    void root.detach().catch(() => undefined);
  };
}

/** Waits for the popup probe's `mark`, then answers all marks. */
export function waitForPopupMark(
  page: Page,
  mark: 'current' | 'blank',
): Promise<PopupMarks> {
  return pollUntil(
    async () => {
      const found = PopupMarks.safeParse(
        await page.evaluate('globalThis.__adaBenchMarks'),
      );
      if (!found.success) return undefined;

      return found.data[mark] === undefined ? undefined : found.data;
    },
    { what: `the popup probe's "${mark}" mark`, intervalMs: 20 },
  );
}

const CLICK_PROBE = `(selector, expected) => {
  const probe = {};
  globalThis.__adaBenchClick = probe;
  const stop = new AbortController();
  document.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest(selector)) {
      probe.clicked ??= event.timeStamp;
    }
  }, { capture: true, signal: stop.signal });
  const observer = new MutationObserver(() => {
    const badge = document.querySelector('[data-testid="status-badge"]');
    if (probe.clicked === undefined || badge?.textContent?.trim() !== expected) return;
    probe.changed = performance.now();
    observer.disconnect();
    stop.abort();
    requestAnimationFrame(() => setTimeout(() => {
      probe.painted = performance.now();
    }));
  });
  observer.observe(document.body,
    { subtree: true, childList: true, characterData: true });
}`;

/** Arms a probe for a click on `selector` that turns the badge `expected`. */
export async function armClickProbe(
  page: Page,
  selector: string,
  expected: string,
): Promise<void> {
  const call = `(${CLICK_PROBE})(${JSON.stringify(selector)}, ${JSON.stringify(expected)})`;
  await page.evaluate(call);
}

const ClickProbe = z.object({ clicked: z.number(), painted: z.number() });

/** Click → badge painted with the new status, in ms. */
export function clickToPaint(page: Page): Promise<number> {
  return pollUntil(
    async () => {
      const probe = ClickProbe.safeParse(
        await page.evaluate('globalThis.__adaBenchClick'),
      );

      return probe.success
        ? probe.data.painted - probe.data.clicked
        : undefined;
    },
    { what: 'the badge to change after the click', intervalMs: 20 },
  );
}
