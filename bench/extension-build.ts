import { spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'wxt';
import { z } from 'zod';
import { CHROME_BUILD, REPO_ROOT } from '../e2e/harness/build-output';

const FileSize = z.object({
  file: z.string(),
  bytes: z.number(),
  gzipBytes: z.number(),
});

const AssetSizes = z.object({
  files: z.array(FileSize),
  bytes: z.number(),
  gzipBytes: z.number(),
});

const SizeEntry = z.object({
  name: z.string(),
  kind: z.enum(['page', 'background', 'content-script']),
  js: AssetSizes,
  css: AssetSizes,
  budgetGzipBytes: z.number().nullable(),
  over: z.boolean(),
});

const SizeReport = z.object({ entries: z.array(SizeEntry) });

export type SizeEntry = z.infer<typeof SizeEntry>;

/**
 * Builds the production extension into .output/chrome-mv3 as `wxt build
 * --analyze` would, but through WXT's API so that the analysis lands in a
 * temporary folder (the CLI writes stats.html into the repository) and its
 * raw data is kept. Answers that folder.
 */
export async function buildWithAnalysis(): Promise<string> {
  const statsDir = await mkdtemp(path.join(tmpdir(), 'ada-bench-stats-'));

  await build({
    root: REPO_ROOT,
    analysis: {
      enabled: true,
      outputFile: path.join(statsDir, 'stats.html'),
      keepArtifacts: true,
    },
  });

  return statsDir;
}

/** The entrypoint sizes from scripts/size-report.mjs, the one place they are computed. */
export function readSizeReport(): SizeEntry[] {
  const script = path.join(REPO_ROOT, 'scripts/size-report.mjs');
  const result = spawnSync(process.execPath, [script, CHROME_BUILD, '--json'], {
    encoding: 'utf8',
  });
  // Exit status 1 only says that something is over budget.
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(`scripts/size-report.mjs failed: ${result.stderr}`);
  }

  return SizeReport.parse(JSON.parse(result.stdout)).entries;
}
