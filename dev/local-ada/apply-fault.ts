import type { ServerResponse } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { proxyErrorHtml, sendAdaError } from './errors';
import type { Recorder } from './recorder';
import type { Fault } from './types';

// setTimeout fires at once beyond this, so larger delays mean "never answer".
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Plays a fault out. Resolves true when the request was dealt with (answered,
 * dropped, or its client left during the delay), false when normal handling
 * should go on (a fault that only adds latency).
 */
export async function applyFault(
  fault: Fault,
  request: FastifyRequest,
  reply: FastifyReply,
  recorder: Recorder,
): Promise<boolean> {
  if (fault.latencyMs && !(await delay(fault.latencyMs, reply.raw))) {
    reply.hijack();
    return true;
  }

  if (fault.drop) {
    recorder.update(request, 0);
    reply.hijack();
    request.raw.socket.destroy();
    return true;
  }

  if (fault.body !== undefined) {
    reply
      .code(fault.status ?? 200)
      .type('application/json; charset=utf-8')
      .send(fault.body);
    return true;
  }

  if (fault.status === undefined) return false;

  if (fault.html) {
    reply
      .code(fault.status)
      .type('text/html')
      .send(proxyErrorHtml(fault.status));
  } else {
    sendAdaError(reply, fault.status);
  }

  return true;
}

/** Resolves true after `ms`, or false as soon as the connection closes. */
export function delay(ms: number, response: ServerResponse): Promise<boolean> {
  return new Promise((resolve) => {
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer =
      ms > MAX_TIMER_MS
        ? undefined
        : setTimeout(() => {
            response.off('close', onClose);
            resolve(true);
          }, ms);
    response.once('close', onClose);
  });
}
