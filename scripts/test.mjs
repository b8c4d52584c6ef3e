// The one test command (`npm test`): every check, in the order that fails
// fastest, then one line of counts that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const BROWSERS = ['/usr/bin/chromium', '/usr/bin/firefox-esr'];
const missing = BROWSERS.filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(
    `Missing ${missing.join(' and ')}: install the system browsers with "sudo apt-get install -y chromium firefox-esr", then run npm test again.`,
  );
  process.exit(1);
}

mkdirSync('e2e-artifacts', { recursive: true });

function run(label, command, args) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`✖ ${label} failed (exit ${status}).`);
    process.exit(status ?? 1);
  }
}

function counts(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const tally = {};
  for (const suite of report.testResults) {
    const kind = suite.name.includes('/components/')
      ? 'component'
      : suite.name.includes('/e2e/')
        ? 'end-to-end'
        : 'unit';
    tally[kind] ??= { passed: 0, failed: 0, skipped: 0 };
    for (const test of suite.assertionResults) {
      const bucket =
        test.status === 'passed'
          ? 'passed'
          : test.status === 'failed'
            ? 'failed'
            : 'skipped';
      tally[kind][bucket] += 1;
    }
  }
  return tally;
}

const json = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=e2e-artifacts/${name}.json`,
];

// Generates .wxt/ (types, tsconfig) even where npm skipped postinstall.
run('prepare', 'npx', ['wxt', 'prepare']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('format', 'npx', ['prettier', '--check', '.']);
run('unit and component tests', 'npx', ['vitest', 'run', ...json('unit')]);
run('build for Chrome', 'npx', ['wxt', 'build']);
run('build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox']);
run('AMO lint', 'node', ['scripts/amo-lint.mjs']);
run('end-to-end tests', 'npx', [
  'vitest',
  'run',
  '--config',
  'e2e/vitest.config.ts',
  ...json('e2e'),
]);

const tally = {
  ...counts('e2e-artifacts/unit.json'),
  ...counts('e2e-artifacts/e2e.json'),
};
let passed = 0;
let failed = 0;
let skipped = 0;
console.log('');
for (const [kind, c] of Object.entries(tally)) {
  console.log(
    `${kind}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`,
  );
  passed += c.passed;
  failed += c.failed;
  skipped += c.skipped;
}
if (skipped > 0) {
  console.error(`✖ ${skipped} skipped tests: no test may be skipped.`);
  process.exit(1);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
