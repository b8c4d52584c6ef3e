import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendAdaError } from './errors';
import { requestHost } from './host';
import type { Store, TokenOwner } from './store';

const BEARER = /^Bearer +([^\s]+)$/i;

/**
 * The owner of the request's bearer token, or undefined after answering 401.
 * Ada says why a token failed (missing, unknown, expired) only in the message,
 * so the status alone cannot tell a client to refresh rather than give up.
 */
export function authenticate(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
): TokenOwner | undefined {
  const match = BEARER.exec(request.headers.authorization ?? '');
  if (!match?.[1]) {
    sendAdaError(reply, 401, 'Missing or malformed Authorization header.');
    return undefined;
  }

  const owner = store.tokenOwner(requestHost(request), match[1]);
  if (!owner) {
    sendAdaError(reply, 401, 'Invalid access token.');
    return undefined;
  }

  if (owner.expiresAt !== undefined && owner.expiresAt < Date.now()) {
    sendAdaError(reply, 401, 'The access token has expired.', 'token_expired');
    return undefined;
  }

  return owner;
}
