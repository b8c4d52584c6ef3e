import type { Page } from 'puppeteer-core';
import { readClosedShadowText } from '../harness/shadow';
import { waitForValue } from './page-ui';

// The extension's control on dashboard pages, read from outside the page
// (its shadow root is closed).

export const CONTROL = 'ada-installation-status';

/** Waits until `inner` in the control reads `expected` exactly. */
export async function waitForControlText(
  page: Page,
  inner: string,
  expected: string,
  timeoutMs?: number,
): Promise<void> {
  await waitForValue(
    () => readClosedShadowText(page, CONTROL, inner),
    (text) => text === expected,
    { what: `${inner} in the in-page control to read ${expected}`, timeoutMs },
  );
}

/** The integration id of every control host on the page, in order. */
export function controlIntegrationIds(page: Page): Promise<(string | null)[]> {
  return page.$$eval(CONTROL, (hosts) =>
    hosts.map((host) => host.getAttribute('data-integration-id')),
  );
}

/** Waits until the page holds exactly the controls for `expected`. */
export async function waitForControlIds(
  page: Page,
  expected: string[],
  timeoutMs?: number,
): Promise<void> {
  await waitForValue(
    () => controlIntegrationIds(page),
    (ids) => ids.join() === expected.join(),
    { what: `in-page controls for [${expected.join()}]`, timeoutMs },
  );
}
