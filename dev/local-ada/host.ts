import type { FastifyRequest } from 'fastify';

/** The Host header without its port, lowercased: the tenant key. */
export function requestHost(request: FastifyRequest): string {
  return hostWithoutPort(request.headers.host ?? '');
}

export function hostWithoutPort(host: string): string {
  const lower = host.toLowerCase();
  if (lower.startsWith('[')) {
    return lower.slice(0, lower.indexOf(']') + 1);
  }

  return lower.replace(/:\d*$/, '');
}
