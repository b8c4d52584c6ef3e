import type { Page } from 'puppeteer-core';
import { pollUntil } from '../harness/poll';
import { readClosedShadowText } from '../harness/shadow';

// Reads and waits that behave the same in tabs, extension pages and the
// Firefox popup, where Puppeteer's waitForSelector is unreliable (see
// e2e/harness/firefox-pages.ts): each is a plain evaluate, polled.

export const CONTROL = 'ada-installation-status';

/** The trimmed text of the first `selector` match, or undefined. */
export function textIn(
  page: Page,
  selector: string,
): Promise<string | undefined> {
  return page.evaluate(
    (s) => document.querySelector(s)?.textContent?.trim() ?? undefined,
    selector,
  );
}

/** Waits until `selector` matches and its text passes `expected`. */
export async function untilText(
  page: Page,
  selector: string,
  expected: string | RegExp = /[^]*/,
  timeoutMs = 10_000,
): Promise<string> {
  let seen: string | undefined;
  const passes = (text: string) =>
    typeof expected === 'string' ? text === expected : expected.test(text);

  return pollUntil(
    async () => {
      seen = await textIn(page, selector);

      return seen !== undefined && passes(seen) ? seen : undefined;
    },
    { what: `${selector} to read ${String(expected)}`, timeoutMs },
  ).catch((error: unknown) => {
    throw new Error(`${String(error)} Last seen: ${JSON.stringify(seen)}.`, {
      cause: error,
    });
  });
}

/** Waits until `selector` matches in `page`. */
export async function untilPresent(
  page: Page,
  selector: string,
  timeoutMs = 10_000,
): Promise<void> {
  await pollUntil(
    async () =>
      (await page.evaluate((s) => document.querySelector(s) !== null, selector))
        ? true
        : undefined,
    { what: selector, timeoutMs },
  );
}

/** Waits until nothing matches `selector` in `page`. */
export async function untilAbsent(
  page: Page,
  selector: string,
  timeoutMs = 10_000,
): Promise<void> {
  await pollUntil(
    async () => ((await isPresent(page, selector)) ? undefined : true),
    { what: `${selector} to go`, timeoutMs },
  );
}

export function isPresent(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.querySelector(s) !== null, selector);
}

/** Replaces an input's value as a user would: focus, select all, type. */
export async function typeInto(
  page: Page,
  selector: string,
  value: string,
): Promise<void> {
  await untilPresent(page, selector);
  await page.focus(selector);
  await page.$eval(selector, (input) => {
    if (input instanceof HTMLInputElement) input.select();
  });
  // Typing 10,000 characters key by key takes minutes; paste long values.
  if (value.length > 200) {
    await page.$eval(
      selector,
      (input, text) => {
        if (!(input instanceof HTMLInputElement)) return;
        input.value = text;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      value,
    );
    return;
  }

  await page.keyboard.type(value);
}

/** Waits until the in-page control's status reads `expected`. */
export async function untilControlStatus(
  page: Page,
  expected: string | RegExp,
): Promise<string> {
  let seen: string | undefined;
  const passes = (text: string) =>
    typeof expected === 'string' ? text === expected : expected.test(text);

  return pollUntil(
    async () => {
      seen = await readClosedShadowText(
        page,
        CONTROL,
        '[data-testid="inpage-status"]',
        { timeoutMs: 1_000 },
      ).catch(() => undefined);

      return seen !== undefined && passes(seen) ? seen : undefined;
    },
    { what: `the in-page control to read ${String(expected)}` },
  ).catch((error: unknown) => {
    throw new Error(`${String(error)} Last seen: ${JSON.stringify(seen)}.`, {
      cause: error,
    });
  });
}
