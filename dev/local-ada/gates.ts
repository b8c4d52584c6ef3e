import type { FastifyReply, FastifyRequest } from 'fastify';
import { applyFault } from './apply-fault';
import { sendAdaError } from './errors';
import type { FaultQueue } from './faults';
import { requestHost } from './host';
import { holdAnswer } from './late-answer';
import type { RateLimiter } from './rate-limit';
import type { Recorder } from './recorder';
import type { Store } from './store';

export interface GateDeps {
  store: Store;
  faults: FaultQueue;
  limiter: RateLimiter;
  recorder: Recorder;
}

/**
 * What stands between a request and its route, in order: queued faults (they
 * play the proxy in front of Ada, so they win even over an unknown host), the
 * tenant lookup, then the rate limit. Faults and limits touch /api/ only.
 */
export function gates({ store, faults, limiter, recorder }: GateDeps) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    recorder.update(request);
    const host = requestHost(request);
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/');

    const fault = isApi
      ? faults.take({ method: request.method, host, path })
      : undefined;
    if (fault?.respondAfterMs !== undefined) {
      holdAnswer(request, fault.respondAfterMs);
    }
    if (fault && (await applyFault(fault, request, reply, recorder))) {
      return reply;
    }

    if (!store.hasHost(host)) {
      return sendAdaError(reply, 404, `No Ada instance is served at ${host}.`);
    }

    if (isApi && !limiter.allow(host)) return sendAdaError(reply, 429);
  };
}

/**
 * The extension calls from its background with host permissions, which needs
 * no CORS; preflights still get a permissive answer so a page that tries is
 * not left hanging. Real responses carry no CORS headers, as with Ada.
 */
export async function answerPreflight(
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (request.method !== 'OPTIONS') return;

  return reply
    .code(204)
    .headers({
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
      'access-control-allow-headers':
        request.headers['access-control-request-headers'] ??
        'Authorization, Content-Type',
      'access-control-max-age': '600',
      vary: 'Origin',
    })
    .send();
}
