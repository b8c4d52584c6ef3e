import type { Page } from 'puppeteer-core';
import { waitForElement, waitForValue } from './page-ui';

// The options page: tokens added through its form, and the installations
// overview read row by row.

export interface Installation {
  host: string;
  integrationId: string;
}

export interface TokenEntry extends Installation {
  token: string;
}

const FORM = 'form[data-testid="add-token"]';
const ROW = 'tr[data-testid="overview-row"]';

export const rowSelector = ({ host, integrationId }: Installation) =>
  `${ROW}[data-host="${host}"][data-integration-id="${integrationId}"]`;

/**
 * Pastes `text` over the field's content: the browser's own editing
 * inserts it in one step, with the input event a paste makes.
 */
async function paste(page: Page, selector: string, text: string) {
  await waitForElement(page, selector);
  await page.focus(selector);
  await page.$eval(
    selector,
    (field, value) => {
      if (field instanceof HTMLInputElement) field.select();
      document.execCommand('insertText', false, value);
    },
    text,
  );
}

/** Adds each token as a partner would: paste the page URL and the token. */
export async function addTokens(
  options: Page,
  entries: readonly TokenEntry[],
): Promise<void> {
  const rowCount = () =>
    options.$$eval('tr[data-testid="token-row"]', (rows) => rows.length);
  const before = await rowCount();

  for (const [index, { host, integrationId, token }] of entries.entries()) {
    const url = `https://${host}/platform/integrations/${integrationId}`;
    await paste(options, `${FORM} input[name="dashboard-url"]`, url);
    await paste(options, `${FORM} input[name="token"]`, token);
    await options.click(`${FORM} button[type="submit"]`);
    await waitForValue(rowCount, (rows) => rows === before + index + 1, {
      what: `the token for ${host} to be listed`,
    });
  }
}

export interface ShownRow extends Installation {
  /** loading, ready or failed */
  state: string;
  status: string;
  result: string;
}

/** Replaces the overview's text filter; '' clears it. */
export async function filterOverview(options: Page, text: string) {
  const input = 'input[name="overview-filter"]';
  await options.focus(input);
  await options.$eval(input, (field) => {
    if (field instanceof HTMLInputElement) field.select();
  });
  await options.keyboard.press('Backspace');
  await options.keyboard.type(text);
}

/** The overview's rows as shown, in order. */
export function shownRows(options: Page): Promise<ShownRow[]> {
  return options.$$eval(ROW, (rows) =>
    rows.map((row) => {
      const text = (testId: string) =>
        row.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ??
        '';

      return {
        host: row.getAttribute('data-host') ?? '',
        integrationId: row.getAttribute('data-integration-id') ?? '',
        state: row.getAttribute('data-state') ?? '',
        status: text('overview-status'),
        result: text('overview-result'),
      };
    }),
  );
}

/** Opens the overview tab and waits until `count` rows have been read. */
export async function openOverview(
  options: Page,
  count: number,
): Promise<ShownRow[]> {
  await options.click('[data-tab="overview"]');

  return waitForValue(
    () => shownRows(options),
    (rows) =>
      rows.length === count && rows.every(({ state }) => state !== 'loading'),
    { what: `${count} overview rows to be read` },
  );
}

/** Waits until the shown rows are exactly `expected`, in that order. */
export function waitForRows(
  options: Page,
  expected: readonly Installation[],
): Promise<ShownRow[]> {
  const keys = (rows: readonly Installation[]) =>
    rows.map(({ host, integrationId }) => `${host} ${integrationId}`).join();

  return waitForValue(
    () => shownRows(options),
    (rows) => keys(rows) === keys(expected),
    { what: `the overview to show ${keys(expected)}` },
  );
}
