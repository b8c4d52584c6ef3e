import { Agent, request } from 'node:https';
import type { LocalAda } from '../dev/local-ada/index';
import { INTEGRATIONS, credentialsOf } from './bench-seed';

export interface RawPatcher {
  /** Flips the status with one PATCH; answers its round trip in ms. */
  toggle(): Promise<number>;
  close(): void;
}

/**
 * Sends the PATCH the extension sends, with nothing around it: Node's
 * https, a kept-alive TLS connection (the browser reuses its own too), the
 * body read to the end and not parsed.
 */
export function rawPatcher(ada: LocalAda, host: string): RawPatcher {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const { installationId, token } = credentialsOf(host);
  const path = `/api/v2/platform-integrations/${INTEGRATIONS.own.id}/installations/${installationId}`;
  let next: 'complete' | 'incomplete' = 'complete';

  const patch = (status: string) =>
    new Promise<number>((resolve, reject) => {
      const body = JSON.stringify({ status });
      const started = performance.now();
      const outgoing = request(
        {
          agent,
          host: '127.0.0.1',
          port: ada.port,
          servername: host,
          ca: ada.cert,
          method: 'PATCH',
          path,
          headers: {
            host,
            authorization: `Bearer ${token}`,
            accept: 'application/json',
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => {
            const elapsed = performance.now() - started;
            if (response.statusCode === 200) resolve(elapsed);
            else
              reject(new Error(`Raw PATCH answered ${response.statusCode}.`));
          });
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  return {
    async toggle() {
      const elapsed = await patch(next);
      next = next === 'complete' ? 'incomplete' : 'complete';

      return elapsed;
    },
    close: () => agent.destroy(),
  };
}
