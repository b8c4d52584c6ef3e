import type { Page } from 'puppeteer-core';
import { z } from 'zod';
import { browserNameOf } from './browser-names';
import { pollUntil } from './poll';
import { runInClosedShadowBidi } from './shadow-bidi';
import { runInClosedShadowCdp } from './shadow-cdp';

// The extension's UI on the dashboard lives in a closed shadow root, so the
// page cannot reach or fake-click it; tests reach it from outside the page.

export interface ShadowOptions {
  /** How long to wait for the element to appear; 10 s by default. */
  timeoutMs?: number;
}

const CENTRE_OF = `(element) => {
  element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = element.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2,
    width: box.width, height: box.height };
}`;

const Centre = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
});

/**
 * Clicks the centre of `innerSelector` inside the closed shadow root of
 * `hostSelector` with the mouse, so the page receives a trusted click
 * (element.click() from a script arrives with isTrusted false). Whatever
 * covers that point receives the click, as it would for a user.
 */
export async function trustedClickInClosedShadow(
  page: Page,
  hostSelector: string,
  innerSelector: string,
  options?: ShadowOptions,
): Promise<void> {
  const found = await inClosedShadow(
    page,
    hostSelector,
    innerSelector,
    CENTRE_OF,
    options,
  );
  const centre = Centre.parse(found);
  if (centre.width === 0 || centre.height === 0) {
    throw new Error(
      `${innerSelector} in ${hostSelector} has no size to click.`,
    );
  }

  await page.mouse.click(centre.x, centre.y);
}

/** The textContent of `innerSelector` in the closed shadow root of `hostSelector`. */
export async function readClosedShadowText(
  page: Page,
  hostSelector: string,
  innerSelector: string,
  options?: ShadowOptions,
): Promise<string> {
  const found = await inClosedShadow(
    page,
    hostSelector,
    innerSelector,
    `(element) => element.textContent ?? ''`,
    options,
  );

  return z.string().parse(found);
}

async function inClosedShadow(
  page: Page,
  host: string,
  inner: string,
  fnSource: string,
  { timeoutMs }: ShadowOptions = {},
): Promise<unknown> {
  const run =
    browserNameOf(page) === 'firefox'
      ? runInClosedShadowBidi
      : runInClosedShadowCdp;
  const json = await pollUntil(() => run(page, host, inner, fnSource), {
    what: `${inner} inside the closed shadow root of ${host}`,
    timeoutMs,
  });

  return JSON.parse(json);
}
