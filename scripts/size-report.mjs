// Gzip size of each entrypoint of the Chrome build, against the budgets in
// bench/budgets.json. An entrypoint's JS counts every chunk it loads: the
// scripts and modulepreloads of its HTML page, then their static imports.
// Usage: node scripts/size-report.mjs [buildDir] [--json]
// Exits 1 when an entrypoint is over its budget (in --json mode too).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUDGETS_FILE = path.join(ROOT, 'bench/budgets.json');
// Level 9, like gzip-size and size-limit; 1 kB is 1000 bytes, like Vite.
const GZIP_LEVEL = 9;
const KB = 1000;

function main() {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const buildDir = path.resolve(
    args.find((arg) => !arg.startsWith('--')) ??
      path.join(ROOT, '.output/chrome-mv3'),
  );
  const manifestFile = path.join(buildDir, 'manifest.json');
  if (!existsSync(manifestFile)) {
    console.error(
      `No extension build in ${buildDir}: run "npx wxt build" first, or pass the build folder.`,
    );
    process.exit(1);
  }

  const budgets = readJson(BUDGETS_FILE).jsGzipKb;
  const entries = entrypoints(buildDir, readJson(manifestFile)).map((entry) =>
    measure(buildDir, budgets, entry),
  );
  const over = entries.filter((entry) => entry.over);

  if (asJson) {
    const report = { buildDir, gzipLevel: GZIP_LEVEL, entries };
    console.log(JSON.stringify(report, null, 2));
  } else {
    printTable(buildDir, entries);
    for (const entry of over) {
      console.error(
        `✖ ${entry.name}: JS is ${kb(entry.js.gzipBytes)} gzip, over its ${kb(entry.budgetGzipBytes)} budget (bench/budgets.json). Run "npm run bench" to see what it is made of.`,
      );
    }
  }
  process.exit(over.length > 0 ? 1 : 0);
}

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Every entrypoint the manifest names, with the files it loads first. */
function entrypoints(buildDir, manifest) {
  const pages = [
    (manifest.action ?? manifest.browser_action)?.default_popup,
    manifest.options_ui?.page ?? manifest.options_page,
  ].filter(Boolean);
  const worker = manifest.background?.service_worker;
  const backgroundScripts = worker ? [worker] : manifest.background?.scripts;
  const found = pages.map((page) => ({
    name: path.basename(page, '.html'),
    kind: 'page',
    ...pageAssets(buildDir, page),
  }));

  if (backgroundScripts?.length) {
    found.push({
      name: 'background',
      kind: 'background',
      js: backgroundScripts,
      css: [],
    });
  }
  for (const script of manifest.content_scripts ?? []) {
    const [first = 'content'] = script.js ?? script.css ?? [];
    found.push({
      name: `content script (${path.basename(first, path.extname(first))})`,
      kind: 'content-script',
      js: script.js ?? [],
      css: script.css ?? [],
    });
  }

  return found;
}

// Vite writes one module script, its modulepreloads and stylesheets.
function pageAssets(buildDir, page) {
  const html = readFileSync(path.join(buildDir, page), 'utf8');
  const attribute = (tag, name) =>
    new RegExp(`\\b${name}=["']([^"']+)["']`).exec(tag)?.[1];
  const tags = (name) => html.match(new RegExp(`<${name}\\b[^>]*>`, 'g')) ?? [];
  const links = tags('link');
  const linked = (rel) =>
    links
      .filter((tag) => attribute(tag, 'rel') === rel)
      .map((tag) => attribute(tag, 'href'));
  const scripts = tags('script').map((tag) => attribute(tag, 'src'));

  return {
    js: [...scripts, ...linked('modulepreload')].filter(Boolean),
    css: linked('stylesheet').filter(Boolean),
  };
}

function measure(buildDir, budgets, entry) {
  const js = sizes(
    buildDir,
    withStaticImports(buildDir, entry.js.map(toBuildPath)),
  );
  const css = sizes(buildDir, entry.css.map(toBuildPath));
  const budgetKey =
    entry.kind === 'content-script' ? 'contentScript' : entry.name;
  const budgetKb = budgets[budgetKey];
  const budgetGzipBytes = typeof budgetKb === 'number' ? budgetKb * KB : null;

  return {
    name: entry.name,
    kind: entry.kind,
    js,
    css,
    budgetGzipBytes,
    over: budgetGzipBytes !== null && js.gzipBytes > budgetGzipBytes,
  };
}

// Root-relative ("/chunks/x.js") and manifest paths both name build files.
function toBuildPath(file) {
  return path.posix.normalize(file.replace(/^\//, ''));
}

// Relative specifiers only: the build has no bare imports, and dynamic
// import() loads later, so it is not part of the entrypoint's first load.
const STATIC_IMPORT = /\b(?:from|import)\s*["'](\.{1,2}\/[^"']+\.m?js)["']/g;

function withStaticImports(buildDir, files) {
  const seen = new Set();
  const queue = [...files];

  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;

    seen.add(file);
    const code = readFileSync(path.join(buildDir, file), 'utf8');
    for (const [, specifier] of code.matchAll(STATIC_IMPORT)) {
      queue.push(path.posix.join(path.posix.dirname(file), specifier));
    }
  }

  return [...seen];
}

function sizes(buildDir, files) {
  const measured = files.map((file) => {
    const bytes = readFileSync(path.join(buildDir, file));

    return {
      file,
      bytes: bytes.length,
      gzipBytes: gzipSync(bytes, { level: GZIP_LEVEL }).length,
    };
  });
  const sum = (key) => measured.reduce((total, item) => total + item[key], 0);

  return { files: measured, bytes: sum('bytes'), gzipBytes: sum('gzipBytes') };
}

function kb(bytes) {
  return `${(bytes / KB).toFixed(1)} kB`;
}

function printTable(buildDir, rows) {
  const relativeDir = path.relative(process.cwd(), buildDir) || '.';
  console.log(
    `Gzip sizes in ${relativeDir} (gzip -${GZIP_LEVEL}, 1 kB = ${KB} bytes)`,
  );
  const lines = [
    ['entrypoint', 'JS gzip', 'CSS gzip', 'JS budget', '', 'JS files'],
    ...rows.map((row) => [
      row.name,
      kb(row.js.gzipBytes),
      row.css.files.length > 0 ? kb(row.css.gzipBytes) : '—',
      row.budgetGzipBytes === null ? '—' : kb(row.budgetGzipBytes),
      row.budgetGzipBytes === null ? '' : row.over ? 'OVER' : 'ok',
      row.js.files.map((file) => file.file).join(', '),
    ]),
  ];
  const widths = lines[0].map((_, column) =>
    Math.max(...lines.map((line) => line[column].length)),
  );
  for (const line of lines) {
    const cells = line.map((cell, column) =>
      column === 0 || column === line.length - 1
        ? cell.padEnd(widths[column])
        : cell.padStart(widths[column]),
    );
    console.log(cells.join('  ').trimEnd());
  }
}

main();
