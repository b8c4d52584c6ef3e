// Runs local Ada with the demo seed until SIGINT/SIGTERM:
//   npx tsx dev/local-ada/cli.ts --port 8443 [--host 127.0.0.1]
import { parseArgs } from 'node:util';
import { DEMO_TOKENS, demoSeed, startLocalAda } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`local Ada: --port must be 0-65535, got "${values.port}".`);
  process.exit(2);
}

const ada = await startLocalAda({ port, host: values.host });
const seed = demoSeed();
ada.seed(seed);

console.log(`local Ada listening on ${values.host}:${ada.port}`);
for (const { host } of seed.instances) {
  const [handle = '', ...region] = host
    .replace(/\.ada\.support$/, '')
    .split('.');
  console.log(`  ${ada.origin(handle, region.join('.') || undefined)}`);
}

// *.ada.support resolves to the real Ada; point it here instead.
console.log(
  `\nChrome: --host-resolver-rules="MAP *.ada.support ${values.host}" ` +
    '--ignore-certificate-errors',
);
// Fixture tokens that only this local server accepts: the person trying
// the extension has to paste one, so printing them is the point. No real
// token ever passes through here.
console.log('\nDemo tokens:');
for (const [name, token] of Object.entries(DEMO_TOKENS)) {
  console.log(`  ${name}: ${token}`);
}

async function shutdown() {
  await ada.close();
  process.exit(0);
}

process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
