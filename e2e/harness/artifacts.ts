import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { browserNameOf } from './browser-names';
import { REPO_ROOT } from './build-output';

// e2e-artifacts/ is git-ignored; CI can upload it when a run fails.
const SCREENSHOTS = path.join(REPO_ROOT, 'e2e-artifacts/screenshots');

/** Saves a PNG of `page` as <browser>-<name>.png and returns its path. */
export async function saveScreenshot(
  page: Page,
  name: string,
): Promise<string> {
  const file = path.join(SCREENSHOTS, `${browserNameOf(page)}-${name}.png`);
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: file });

  return file;
}
