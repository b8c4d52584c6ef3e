import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendAdaError } from './errors';

// For tests of what a page can do to the extension. The real dashboard is a
// single-page app that answers every path, so here too any path gets the
// page, ids of any shape and length included (the page routes stop at
// find-my-way's 100-character parameters). `?local-ada-hostile=<name>` adds
// one of the scripts in ./hostile/ to the page, as a compromised or
// look-alike dashboard would run it.

const PAGE = readFileSync(new URL('./dashboard.html', import.meta.url), 'utf8');

export const HOSTILE_PARAM = 'local-ada-hostile';

export const HOSTILE_SCRIPTS = [
  'synthetic-clicks',
  'forged-messages',
  'push-state',
] as const;
export type HostileScript = (typeof HOSTILE_SCRIPTS)[number];

const SCRIPTS = new Map<string, string>(
  HOSTILE_SCRIPTS.map((name) => [
    name,
    readFileSync(new URL(`./hostile/${name}.html`, import.meta.url), 'utf8'),
  ]),
);

// Paths that stay the server's own, as without this module.
const NOT_PAGES = ['/api/', '/__local-ada/'];

export function registerHostilePages(app: FastifyInstance): void {
  app.get('/*', async (request, reply) => {
    if (NOT_PAGES.some((prefix) => request.url.startsWith(prefix))) {
      return sendAdaError(
        reply,
        404,
        `No route for ${request.method} ${request.url}.`,
      );
    }

    return reply.type('text/html; charset=utf-8').send(PAGE);
  });

  app.addHook('onSend', addHostileScript);
}

async function addHostileScript(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
) {
  const script = hostileScriptOf(request.url);
  const isPage = String(reply.getHeader('content-type')).startsWith(
    'text/html',
  );
  if (!script || !isPage || typeof payload !== 'string') return payload;

  return payload.replace('</body>', `${script}</body>`);
}

function hostileScriptOf(url: string): string | undefined {
  const query = url.includes('?') ? url.slice(url.indexOf('?') + 1) : '';
  const name = new URLSearchParams(query).get(HOSTILE_PARAM);

  return SCRIPTS.get(name ?? '');
}
