import type { IncomingHttpHeaders } from 'node:http';
import { request } from 'node:https';
import type { LocalAda } from './types';

export interface SendOptions {
  host?: string;
  method?: string;
  path: string;
  token?: string;
  body?: string;
  headers?: Record<string, string>;
  /** Give up (and resolve with status 0) after this long. */
  timeoutMs?: number;
}

export interface Received {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  /** Set when the connection failed or timed out instead of answering. */
  error?: Error;
}

/**
 * One HTTPS request to local Ada at 127.0.0.1, with the Host and SNI of an
 * Ada instance and the server's own certificate as the only trusted one:
 * fetch would take the Host from the URL, which does not resolve here.
 */
export function send(ada: LocalAda, options: SendOptions): Promise<Received> {
  const host = options.host ?? 'acme.ada.support';
  const headers: Record<string, string> = {
    host: `${host}:${ada.port}`,
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...(options.body !== undefined
      ? { 'content-type': 'application/json' }
      : {}),
    ...options.headers,
  };

  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: ada.port,
        servername: host,
        ca: ada.cert,
        method: options.method ?? 'GET',
        path: options.path,
        headers,
        agent: false,
        timeout: options.timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (error) =>
      resolve({ status: 0, headers: {}, body: '', error }),
    );
    req.end(options.body);
  });
}

export function json(received: Received): unknown {
  return JSON.parse(received.body);
}
