import Fastify from 'fastify';
import { registerApiRoutes } from './api-routes';
import type { Certificate } from './certificate';
import { registerDashboard } from './dashboard';
import { sendAdaError } from './errors';
import { answerPreflight, gates, type GateDeps } from './gates';
import { registerHostilePages } from './hostile-pages';
import { lateAnswers } from './late-answer';

// Ada's documented limit ("10 MB"); over it, 413.
const BODY_LIMIT = 10 * 1024 * 1024;

export interface ServerOptions {
  hostilePages?: boolean;
}

export function createServer(
  certificate: Certificate,
  deps: GateDeps,
  options: ServerOptions = {},
) {
  const app = Fastify({
    https: certificate,
    bodyLimit: BODY_LIMIT,
    // A fault may hold a request forever; close() must not wait for it.
    forceCloseConnections: true,
    logger: false,
  });

  // Bodies stay raw text: requests() records them as sent, and routes answer
  // malformed JSON with Ada's error body rather than Fastify's.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  app.addHook('onRequest', async (request) => deps.recorder.start(request));
  app.addHook('onRequest', answerPreflight);
  app.addHook('preHandler', gates(deps));
  app.addHook('onSend', async (request, reply, payload) => {
    deps.recorder.update(request, reply.statusCode);
    return payload;
  });
  app.addHook('onSend', lateAnswers(deps.recorder));

  app.setErrorHandler(async (error, _request, reply) => {
    const status = statusOf(error);
    return status < 500
      ? sendAdaError(
          reply,
          status,
          status === 413 ? undefined : messageOf(error),
        )
      : sendAdaError(reply, 500);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendAdaError(reply, 404, `No route for ${request.method} ${request.url}.`),
  );

  // Before the routes, so its onSend hook applies to the dashboard's pages.
  if (options.hostilePages) registerHostilePages(app);
  registerApiRoutes(app, deps.store);
  registerDashboard(app, deps.store);
  return app;
}

function statusOf(error: unknown): number {
  const status =
    typeof error === 'object' && error !== null && 'statusCode' in error
      ? error.statusCode
      : undefined;
  return typeof status === 'number' && status >= 400 ? status : 500;
}

function messageOf(error: unknown): string | undefined {
  return error instanceof Error ? error.message : undefined;
}
