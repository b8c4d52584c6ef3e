// `npm run bench`: builds the production extension, measures it in headless
// Chromium against local Ada, prints one table (median and p10–p90 of each
// figure, with its target) and writes it to bench-results/<date>.json.
// Timings are printed, never asserted: the exit status says only whether
// the bench ran. Local Ada takes port 443 and the build rewrites
// .output/chrome-mv3, so on a shared machine run it under the e2e lock:
//   flock /tmp/ada-e2e.lock npm run bench
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { startLocalAda, type LocalAda } from '../dev/local-ada/index';
import { REPO_ROOT } from '../e2e/harness/build-output';
import {
  EXECUTABLES,
  launchWithExtension,
  type ExtensionBrowser,
} from '../e2e/harness/browsers';
import { benchSeed, hostsWithSavedToken } from './bench-seed';
import { launchPlainChromium, saveTokens } from './browsers';
import { readModuleLengths } from './bundle-contents';
import { buildWithAnalysis, readSizeReport } from './extension-build';
import type { Figure } from './figures';
import { pageLoadFigures } from './page-load';
import { popupFigures } from './popup-open';
import { sizeFigures } from './size-figures';
import { navigationFigures } from './spa-navigation';
import { statusFigures } from './status-change';
import { renderTable } from './table';

// BENCH_QUICK=1 tries the bench out in a minute; its figures rest on too
// few runs to compare.
const QUICK = process.env.BENCH_QUICK === '1';
const PLAN = {
  runs: QUICK ? 3 : 12,
  warmups: QUICK ? 1 : 2,
  navigationRuns: QUICK ? 2 : 10,
  navigations: QUICK ? 20 : 100,
};

async function main(): Promise<void> {
  const started = performance.now();

  progress('building .output/chrome-mv3 with bundle analysis');
  const statsDir = await buildWithAnalysis();
  const sizes = sizeFigures(
    readSizeReport(),
    await readModuleLengths(statsDir),
  );
  await rm(statsDir, { recursive: true, force: true });

  const seed = benchSeed(PLAN.navigationRuns + 1);
  const ada = await startLocalAda({ port: 443 });
  ada.seed(seed);
  const adaHosts = seed.instances.map(({ host }) => host);
  let ext: ExtensionBrowser | undefined;
  let plain: Browser | undefined;
  let measured: Figure[];

  try {
    ext = await launchWithExtension('chromium', { adaHosts });
    plain = await launchPlainChromium();
    measured = await measure(ext, plain, ada);
  } finally {
    await ext?.close();
    await plain?.close();
    await ada.close();
  }

  const figures = [...sizes.figures, ...measured];
  const seconds = Math.round((performance.now() - started) / 1000);
  const header = `Ada Installation Status bench · ${new Date().toISOString()} · ${chromiumVersion()} · ${PLAN.runs} runs (+${PLAN.warmups} warm-up), SPA ${PLAN.navigationRuns} × ${PLAN.navigations} navigations · ${seconds} s`;
  console.log(`\n${header}\n${renderTable(figures)}`);

  const file = await writeResults(figures, sizes.contents, seconds);
  console.log(`\nWritten to ${path.relative(process.cwd(), file)}`);
}

// The popup and click figures come last: by then the service worker and
// the extension's storage are warm, as for a partner who works all day.
async function measure(
  ext: ExtensionBrowser,
  plain: Browser,
  ada: LocalAda,
): Promise<Figure[]> {
  const { runs, warmups, navigationRuns, navigations } = PLAN;

  progress('saving tokens on the options page');
  await saveTokens(ext, hostsWithSavedToken(navigationRuns + 1));
  progress('page loads with and without the extension');
  const loads = await pageLoadFigures(ext.browser, plain, ada, runs, warmups);
  progress(`SPA navigation: ${navigationRuns + 1} × 2 walks of ${navigations}`);
  const walks = await navigationFigures(
    ext.browser,
    plain,
    ada,
    navigationRuns,
    navigations,
  );
  progress('popup open against a blank extension page');
  const popup = await popupFigures(ext, runs, warmups);
  progress('status changes against raw PATCH');
  const status = await statusFigures(ext, ada, runs, warmups);

  return [...popup, ...status, ...loads, ...walks];
}

async function writeResults(
  figures: Figure[],
  contents: object,
  seconds: number,
): Promise<string> {
  const date = new Date().toISOString();
  const dir = path.join(REPO_ROOT, 'bench-results');
  const file = path.join(dir, `${date.replace(/:/g, '-')}.json`);
  const result = {
    date,
    commit: git(['rev-parse', 'HEAD']),
    uncommittedChanges: git(['status', '--porcelain']) !== '',
    chromium: chromiumVersion(),
    node: process.version,
    cpus: cpus().length,
    plan: PLAN,
    seconds,
    figures,
    bundleContents: contents,
  };

  await mkdir(dir, { recursive: true });
  await writeFile(file, `${JSON.stringify(result, null, 2)}\n`);

  return file;
}

function git(args: string[]): string {
  return spawnSync('git', args, {
    cwd: REPO_ROOT,
    encoding: 'utf8',
  }).stdout.trim();
}

function chromiumVersion(): string {
  const result = spawnSync(EXECUTABLES.chromium, ['--version'], {
    encoding: 'utf8',
  });

  return result.stdout.trim() || 'Chromium (version unknown)';
}

const startedAt = performance.now();

function progress(step: string): void {
  const seconds = ((performance.now() - startedAt) / 1000).toFixed(0);
  console.error(`[bench] ${seconds} s: ${step}…`);
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exitCode = 1;
});
