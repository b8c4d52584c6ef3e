import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import { requestHost } from './host';
import type { RecordedRequest } from './types';

export interface Recorder {
  start(request: FastifyRequest): void;
  /** Notes the body once parsed and, when one is sent, the status. */
  update(request: FastifyRequest, status?: number): void;
  list(): RecordedRequest[];
  clear(): void;
}

export function createRecorder(): Recorder {
  let entries: RecordedRequest[] = [];
  const byRequest = new WeakMap<IncomingMessage, RecordedRequest>();

  return {
    start(request) {
      const entry: RecordedRequest = {
        method: request.method,
        host: requestHost(request),
        path: request.url,
        headers: flattenHeaders(request.headers),
        body: '',
        time: Date.now(),
        status: 0,
      };
      entries.push(entry);
      byRequest.set(request.raw, entry);
    },
    update(request, status) {
      const entry = byRequest.get(request.raw);
      if (!entry) return;

      if (typeof request.body === 'string') entry.body = request.body;
      if (status !== undefined) entry.status = status;
    },
    list: () => entries.map((entry) => ({ ...entry })),
    clear() {
      entries = [];
    },
  };
}

function flattenHeaders(
  headers: FastifyRequest['headers'],
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;

    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }

  return flat;
}
