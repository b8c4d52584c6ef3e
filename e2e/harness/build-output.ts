import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export const CHROME_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3');

// `wxt build -b firefox` writes firefox-mv2 unless the config asks for MV3.
const FIREFOX_BUILDS = ['firefox-mv3', 'firefox-mv2'].map((dir) =>
  path.join(REPO_ROOT, '.output', dir),
);

const Manifest = z.object({
  browser_specific_settings: z
    .object({ gecko: z.object({ id: z.string().optional() }).optional() })
    .optional(),
});

export type Manifest = z.infer<typeof Manifest>;

export function hasManifest(buildDir: string): boolean {
  return existsSync(path.join(buildDir, 'manifest.json'));
}

/** The Firefox build last written, or undefined when there is none. */
export function firefoxBuild(): string | undefined {
  const builds = FIREFOX_BUILDS.filter(hasManifest);
  const age = (dir: string) =>
    statSync(path.join(dir, 'manifest.json')).mtimeMs;

  return builds.sort((a, b) => age(b) - age(a))[0];
}

export function readManifest(buildDir: string): Manifest {
  const text = readFileSync(path.join(buildDir, 'manifest.json'), 'utf8');

  return Manifest.parse(JSON.parse(text));
}
