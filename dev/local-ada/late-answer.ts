import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { delay } from './apply-fault';
import type { Recorder } from './recorder';

// Answers to hold back, by request: the route has already run (a PATCH has
// landed) by the time the answer is held.
const held = new WeakMap<IncomingMessage, number>();

/** Marks a request whose answer `lateAnswers` is to hold for `ms`. */
export function holdAnswer(request: FastifyRequest, ms: number): void {
  held.set(request.raw, ms);
}

/**
 * An onSend hook, registered after the recorder's: holds marked answers,
 * and records a client that left meanwhile as never answered.
 */
export function lateAnswers(recorder: Recorder) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const ms = held.get(request.raw);
    if (ms === undefined) return;

    held.delete(request.raw);
    if (!(await delay(ms, reply.raw))) recorder.update(request, 0);
  };
}
