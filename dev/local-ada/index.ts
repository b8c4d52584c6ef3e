import { createCertificate } from './certificate';
import { createFaultQueue } from './faults';
import { createRateLimiter } from './rate-limit';
import { createRecorder } from './recorder';
import { createServer } from './server';
import { createStore } from './store';
import type { LocalAda, LocalAdaOptions } from './types';

export type * from './types';
export { demoSeed, DEMO_IDS, DEMO_TOKENS } from './demo-seed';

/**
 * Starts an HTTPS stand-in for Ada's instances, routed by Host header.
 *
 * @example
 * const ada = await startLocalAda();
 * ada.seed(demoSeed());
 * ada.origin('acme'); // 'https://acme.ada.support:53117'
 */
export async function startLocalAda(
  options: LocalAdaOptions = {},
): Promise<LocalAda> {
  const certificate = await createCertificate();
  const store = createStore();
  const faults = createFaultQueue();
  const limiter = createRateLimiter();
  const recorder = createRecorder();
  const app = createServer(
    certificate,
    { store, faults, limiter, recorder },
    { hostilePages: options.hostilePages },
  );

  await app.listen({
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
  });
  const address = app.server.address();
  if (typeof address !== 'object' || address === null) {
    await app.close();
    throw new Error('local Ada: the server is not on a TCP port.');
  }

  const { port } = address;

  return {
    port,
    cert: certificate.cert,
    origin(handle, region) {
      const host = [handle, region, 'ada.support'].filter(Boolean).join('.');
      return `https://${host}${port === 443 ? '' : `:${port}`}`;
    },
    seed: (data) => store.seed(data),
    reset() {
      store.clear();
      faults.clear();
      recorder.clear();
      limiter.clear();
    },
    fault: (f) => faults.add(f),
    clearFaults: () => faults.clear(),
    requests: () => recorder.list(),
    installation(host, integrationId, installationId) {
      const record = store.installation(
        host.toLowerCase(),
        integrationId,
        installationId,
      );
      return record && structuredClone(record);
    },
    close: () => app.close(),
  };
}
