import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../harness/build-output';

export const CONTRACT = path.join(
  REPO_ROOT,
  'e2e/contract/platform-integrations.openapi.yml',
);

// The CLI's own script, run with this Node: no npx or shell in between, so
// kill() reaches Prism itself.
const PRISM_CLI = path.join(
  REPO_ROOT,
  'node_modules/@stoplight/prism-cli/dist/index.js',
);

export interface RunningPrism {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts Stoplight Prism mocking Ada's contract, without waiting for it: it
 * needs about 3 s to load, which overlaps with the first browser's start.
 * checkAgainstContract() waits for it.
 */
export async function startPrism(): Promise<RunningPrism> {
  const port = await freePort();
  const prism = spawn(
    process.execPath,
    [PRISM_CLI, 'mock', CONTRACT, '--host', '127.0.0.1', '--port', `${port}`]
      // A request breaking the contract gets 400 and an sl-violations header.
      .concat(['--errors', '--verboseLevel', 'error']),
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  prism.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  prism.once('exit', (code) => {
    if (code !== null && code !== 0) {
      console.error(`Stoplight Prism exited with code ${code}: ${stderr}`);
    }
  });

  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      if (prism.exitCode !== null || prism.signalCode !== null) return;

      const exited = once(prism, 'exit');
      prism.kill('SIGTERM');
      const timer = setTimeout(() => prism.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (typeof address !== 'object' || address === null) {
    throw new Error('Could not find a free port for Stoplight Prism.');
  }

  return address.port;
}
