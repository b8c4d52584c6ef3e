import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { SizeEntry } from './extension-build';

// rollup-plugin-visualizer's raw data, one file per Vite build of WXT's.
const RawData = z.object({
  nodeParts: z.record(
    z.string(),
    z.object({ renderedLength: z.number(), metaUid: z.string() }),
  ),
  nodeMetas: z.record(
    z.string(),
    z.object({
      id: z.string(),
      moduleParts: z.record(z.string(), z.string()),
    }),
  ),
});

/** Rendered length of each module, per output file. */
export type ModuleLengths = Map<string, Map<string, number>>;

export interface Contributor {
  /** An npm package, or one of our source files. */
  name: string;
  modules: number;
  renderedBytes: number;
  /** The group's share of the rendered code times the files' gzip size. */
  approxGzipBytes: number;
  share: number;
}

export async function readModuleLengths(
  statsDir: string,
): Promise<ModuleLengths> {
  const lengths: ModuleLengths = new Map();
  const files = (await readdir(statsDir)).filter((name) =>
    name.endsWith('.json'),
  );

  for (const name of files) {
    const text = await readFile(path.join(statsDir, name), 'utf8');
    const data = RawData.parse(JSON.parse(text));
    for (const meta of Object.values(data.nodeMetas)) {
      for (const [file, partUid] of Object.entries(meta.moduleParts)) {
        const part = data.nodeParts[partUid];
        if (!part) continue;

        const modules = lengths.get(file) ?? new Map<string, number>();
        modules.set(meta.id, part.renderedLength);
        lengths.set(file, modules);
      }
    }
  }

  return lengths;
}

/**
 * What an entrypoint's JS is made of, largest first. Modules are rendered
 * before minification, so a module's gzip size is estimated from its share
 * of its file's rendered code.
 */
export function contributorsOf(
  entry: SizeEntry,
  lengths: ModuleLengths,
): Contributor[] {
  const groups = new Map<string, Omit<Contributor, 'share'>>();

  for (const file of entry.js.files) {
    const modules = lengths.get(file.file) ?? new Map<string, number>();
    const rendered = [...modules.values()].reduce((a, b) => a + b, 0);
    for (const [id, length] of modules) {
      const name = groupOf(id);
      const group = groups.get(name) ?? {
        name,
        modules: 0,
        renderedBytes: 0,
        approxGzipBytes: 0,
      };
      group.modules += 1;
      group.renderedBytes += length;
      group.approxGzipBytes +=
        rendered > 0 ? (length / rendered) * file.gzipBytes : 0;
      groups.set(name, group);
    }
  }

  return [...groups.values()]
    .map((group) => ({
      ...group,
      share: group.approxGzipBytes / entry.js.gzipBytes,
    }))
    .sort((a, b) => b.approxGzipBytes - a.approxGzipBytes);
}

// Packages count as one: "zod" says more than twelve files of zod/v4/core.
function groupOf(moduleId: string): string {
  const id = moduleId.replace(/^\0/, '');
  const inPackage = /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  if (inPackage?.[1]) return inPackage[1];

  return id.replace(/\?.*$/, '').replace(/^\//, '');
}
