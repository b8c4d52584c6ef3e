import { execFile } from 'node:child_process';
import {
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { REPO_ROOT } from './harness/build-output';

// AMO reviewers rebuild the Firefox zip from the sources zip with the README's
// two commands; this does the same and wants the very same bytes back.
const REVIEWER_COMMANDS = [
  ['npm', ['ci']],
  ['npx', ['wxt', 'build', '-b', 'firefox']],
] as const;

// `npm ci` alone takes about 40 s here.
const REBUILD_TIMEOUT_MS = 240_000;

// What the sources zip may hold (see `zip` in wxt.config.ts).
const TOP_LEVEL_SOURCES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'wxt.config.ts',
  'README.md',
];
const SOURCE_FOLDERS = /^(entrypoints|components|lib|public)\//;

type Files = Map<string, Buffer>;

const execFileAsync = promisify(execFile);

async function run(command: string, args: readonly string[], cwd: string) {
  // A reviewer's shell, not this runner's: vitest sets NODE_ENV=test and
  // VITEST*, which Vite and its plugins may read.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(NODE_ENV|TEST|VITEST.*)$/.test(key),
    ),
  );
  try {
    await execFileAsync(command, args, { cwd, env, maxBuffer: 64 << 20 });
  } catch (error) {
    const output = z
      .object({ stdout: z.string(), stderr: z.string() })
      .safeParse(error);
    const tail = output.success
      ? `${output.data.stdout}\n${output.data.stderr}`.trim().slice(-2000)
      : '';
    throw new Error(
      `"${command} ${args.join(' ')}" failed in ${cwd}; its output ends:\n${tail}`,
      { cause: error },
    );
  }
}

async function readZip(file: string): Promise<Files> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);

  return new Map(
    await Promise.all(
      entries.map(
        async (entry) => [entry.name, await entry.async('nodebuffer')] as const,
      ),
    ),
  );
}

async function readTree(dir: string): Promise<Files> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());

  return new Map(
    await Promise.all(
      files.map(async (entry) => {
        const file = path.join(entry.parentPath, entry.name);
        const name = path.relative(dir, file).split(path.sep).join('/');

        return [name, await readFile(file)] as const;
      }),
    ),
  );
}

async function writeTree(files: Files, dir: string) {
  for (const [name, bytes] of files) {
    const target = path.resolve(dir, name);
    if (!target.startsWith(dir + path.sep)) {
      throw new Error(`The sources zip holds "${name}", outside its root.`);
    }

    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes);
  }
}

/** One line per file that is missing, extra or different in `actual`. */
function compareFiles(expected: Files, actual: Files): string[] {
  const names = [...new Set([...expected.keys(), ...actual.keys()])].sort();

  return names.flatMap((name) => {
    const want = expected.get(name);
    const got = actual.get(name);
    if (want === undefined) return [`${name}: only in the rebuild`];
    if (got === undefined) return [`${name}: missing from the rebuild`];
    if (want.equals(got)) return [];

    const length = Math.min(want.length, got.length);
    let offset = 0;
    while (offset < length && want[offset] === got[offset]) offset += 1;

    return [`${name}: differs from byte ${offset}`];
  });
}

describe('compareFiles', () => {
  it('reports a changed byte, a missing file and an extra file', () => {
    const shipped: Files = new Map([
      ['background.js', Buffer.from('let a = 1;')],
      ['popup.html', Buffer.from('<p>')],
    ]);
    const rebuilt: Files = new Map([
      ['background.js', Buffer.from('let a = 2;')],
      ['options.html', Buffer.from('<p>')],
    ]);

    expect(compareFiles(shipped, rebuilt)).toEqual([
      'background.js: differs from byte 8',
      'options.html: only in the rebuild',
      'popup.html: missing from the rebuild',
    ]);
    expect(compareFiles(shipped, new Map(shipped))).toEqual([]);
  });
});

describe('the Firefox packages for AMO', () => {
  let firefoxZip = '';
  let sourcesZip = '';
  let workDir = '';

  beforeAll(async () => {
    const pkg = z
      .object({ name: z.string(), version: z.string() })
      .parse(
        JSON.parse(
          await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8'),
        ),
      );
    // WXT's default artifact names: {{name}}-{{version}}-{{browser}}.zip.
    const prefix = path.join(
      REPO_ROOT,
      '.output',
      `${pkg.name}-${pkg.version}`,
    );
    firefoxZip = `${prefix}-firefox.zip`;
    sourcesZip = `${prefix}-sources.zip`;
    await run('npx', ['wxt', 'zip', '-b', 'firefox'], REPO_ROOT);
    workDir = await mkdtemp(path.join(tmpdir(), 'amo-sources-'));
  }, 60_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('give reviewers the build inputs and no tests or tooling', async () => {
    const names = [...(await readZip(sourcesZip)).keys()];

    const unexpected = names.filter(
      (name) =>
        name.includes('.test.') ||
        !(TOP_LEVEL_SOURCES.includes(name) || SOURCE_FOLDERS.test(name)),
    );

    expect(unexpected).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining(
        TOP_LEVEL_SOURCES.filter((n) => n !== 'README.md'),
      ),
    );
  });

  it(
    'rebuild from the sources zip into the shipped Firefox zip, byte for byte',
    async () => {
      await writeTree(await readZip(sourcesZip), workDir);

      for (const [command, args] of REVIEWER_COMMANDS) {
        await run(command, args, workDir);
      }
      const rebuilt = await readTree(path.join(workDir, '.output/firefox-mv3'));

      expect(compareFiles(await readZip(firefoxZip), rebuilt)).toEqual([]);
    },
    REBUILD_TIMEOUT_MS,
  );
});
