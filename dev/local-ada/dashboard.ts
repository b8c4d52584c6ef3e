import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { requestHost } from './host';
import type { Store } from './store';

// One static page for every dashboard path, like the real single-page app;
// it reads the path itself and asks DATA_PATH for the host's integrations.
const PAGE = readFileSync(new URL('./dashboard.html', import.meta.url), 'utf8');
export const DATA_PATH = '/__local-ada/integrations';

const PAGE_PATHS = [
  '/',
  '/platform/integrations/:integrationId',
  '/platform/integrations/:integrationId/connections/success',
  '/platform/integrations/:integrationId/connections/error',
];

export function registerDashboard(app: FastifyInstance, store: Store): void {
  for (const path of PAGE_PATHS) {
    app.get(path, async (_request, reply) =>
      reply.type('text/html; charset=utf-8').send(PAGE),
    );
  }

  app.get(DATA_PATH, async (request) => {
    const host = requestHost(request);
    return { host, integrations: store.integrations(host) };
  });
}
