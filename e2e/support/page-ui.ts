import type { Page } from 'puppeteer-core';
import { pollUntil } from '../harness/poll';

// Reads and waits that work the same on tabs, extension pages and the
// Firefox popup, where Puppeteer's waitForSelector is unreliable (see
// e2e/harness/firefox-pages.ts): each is a plain evaluate, polled.

export interface WaitOptions {
  /** What is awaited, for the timeout message. */
  what: string;
  timeoutMs?: number;
}

/**
 * Polls `read` until `accept` takes its value, and answers that value. On
 * timeout the error names the last value read, which usually says why.
 */
export async function waitForValue<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  { what, timeoutMs }: WaitOptions,
): Promise<T> {
  let seen: { value: T } | undefined;

  try {
    return await pollUntil(
      async () => {
        const value = await read();
        seen = { value };

        return accept(value) ? value : undefined;
      },
      { what, timeoutMs },
    );
  } catch (error) {
    const last = seen ? JSON.stringify(seen.value) : 'nothing';
    throw new Error(`${String(error)} Last seen: ${last}.`, { cause: error });
  }
}

/** The trimmed text of the first `selector` match, or undefined. */
export function textOf(
  page: Page,
  selector: string,
): Promise<string | undefined> {
  return page.evaluate(
    (s) => document.querySelector(s)?.textContent?.trim() ?? undefined,
    selector,
  );
}

/** Waits for `selector` to exist and its text to match; answers the text. */
export async function waitForText(
  page: Page,
  selector: string,
  expected: string | RegExp = /.*/,
): Promise<string> {
  const text = await waitForValue(
    () => textOf(page, selector),
    (seen) =>
      seen !== undefined &&
      (typeof expected === 'string' ? seen === expected : expected.test(seen)),
    { what: `${selector} to read ${String(expected)}` },
  );

  return text ?? '';
}

/** Waits until `selector` matches in `page`. */
export async function waitForElement(
  page: Page,
  selector: string,
): Promise<void> {
  await waitForValue(
    () => page.evaluate((s) => document.querySelector(s) !== null, selector),
    (found) => found,
    { what: selector },
  );
}

/** Whether the first `selector` match is a disabled control. */
export function isDisabled(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => {
    const element = document.querySelector(s);
    if (!element) throw new Error(`No ${s} on the page.`);

    return element.matches(':disabled');
  }, selector);
}

/** Replaces an input's text as a user would: focus, select all, type. */
export async function fill(
  page: Page,
  selector: string,
  value: string,
): Promise<void> {
  await waitForElement(page, selector);
  await page.focus(selector);
  await page.$eval(selector, (input) => {
    if (input instanceof HTMLInputElement) input.select();
  });
  await page.keyboard.type(value);
}
