// AMO lint: Mozilla's addons-linter, through web-ext's API, on the Firefox
// build (`node scripts/amo-lint.mjs [dir]`, default .output/firefox-mv3).
// Errors always fail. Warnings and notices fail unless
// scripts/amo-lint-allowlist.json names them with a reason, and an entry that
// no longer matches anything fails too, so the allowlist cannot go stale.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import webExt from 'web-ext';
import { z } from 'zod/mini';

const ALLOWLIST = 'scripts/amo-lint-allowlist.json';
// The folders we write shipped code in (the sources zip holds the same).
const OUR_SOURCE = ['entrypoints', 'components', 'lib', 'public'];

const allowlistSchema = z.array(
  z.object({
    code: z.string().check(z.minLength(1)),
    // Path inside the build; `*` stands for any part of one path segment.
    file: z.string().check(z.minLength(1)),
    reason: z.string().check(z.minLength(1)),
    // Strings our own code must not contain for the reason to stay true.
    sourceMustNotContain: z.optional(z.array(z.string())),
  }),
);

const messageSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.nullish(z.string()),
  line: z.nullish(z.number()),
  column: z.nullish(z.number()),
});

const reportSchema = z.object({
  errors: z.array(messageSchema),
  warnings: z.array(messageSchema),
  notices: z.array(messageSchema),
});

function globToRegExp(pattern) {
  const literal = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));

  return new RegExp(`^${literal.join('[^/]*')}$`);
}

function describe(kind, { code, message, file, line, column }) {
  const where = [file, line, column].filter((part) => part != null).join(':');

  return `${kind} ${code}${where ? ` in ${where}` : ''}: ${message}`;
}

function shippedSourceFiles() {
  return OUR_SOURCE.filter((folder) => existsSync(folder)).flatMap((folder) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && !entry.name.includes('.test.'))
      .map((entry) => path.join(entry.parentPath, entry.name)),
  );
}

function plural(count, word) {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

const buildDir = path.resolve(process.argv[2] ?? '.output/firefox-mv3');
if (!existsSync(path.join(buildDir, 'manifest.json'))) {
  console.error(
    `No Firefox build in ${buildDir}: run "npx wxt build -b firefox" first.`,
  );
  process.exit(1);
}

const allowlist = allowlistSchema.parse(
  JSON.parse(readFileSync(ALLOWLIST, 'utf8')),
);
const report = reportSchema.parse(
  await webExt.cmd.lint(
    { sourceDir: buildDir, output: 'none' },
    { shouldExitProgram: false },
  ),
);

const problems = report.errors.map((error) => describe('error', error));
const matched = new Set();
const reviewable = [
  ...report.warnings.map((message) => ['warning', message]),
  ...report.notices.map((message) => ['notice', message]),
];
for (const [kind, message] of reviewable) {
  const entry = allowlist.find(
    ({ code, file }) =>
      code === message.code && globToRegExp(file).test(message.file ?? ''),
  );
  if (!entry) {
    problems.push(`${describe(kind, message)} (not in ${ALLOWLIST})`);
    continue;
  }

  matched.add(entry);
}

for (const entry of allowlist) {
  if (!matched.has(entry)) {
    problems.push(
      `stale allowlist entry ${entry.code} for ${entry.file}: the linter no longer reports it; remove it from ${ALLOWLIST}.`,
    );
  }
}

// An allowlisted warning is only harmless while its reason holds: a library
// carries the pattern, and our code does not feed it.
const sources = shippedSourceFiles().map((file) => ({
  file,
  text: readFileSync(file, 'utf8'),
}));
for (const entry of allowlist) {
  for (const needle of entry.sourceMustNotContain ?? []) {
    for (const { file } of sources.filter(({ text }) =>
      text.includes(needle),
    )) {
      problems.push(
        `${file} uses "${needle}", so the allowlisted ${entry.code} ("${entry.reason}") may now be ours: remove that use or review the entry.`,
      );
    }
  }
}

for (const problem of problems) console.error(`✖ ${problem}`);
const counts = [
  plural(report.errors.length, 'error'),
  plural(report.warnings.length, 'warning'),
  ...(report.notices.length > 0
    ? [plural(report.notices.length, 'notice')]
    : []),
].join(', ');
if (problems.length > 0) {
  console.error(`AMO lint: ${counts}; ${plural(problems.length, 'problem')}`);
  process.exit(1);
}

console.log(`AMO lint: ${counts} (all allowlisted)`);
