import type { FastifyInstance } from 'fastify';
import { authenticate } from './auth';
import { sendAdaError } from './errors';
import { requestHost } from './host';
import { adaTimestamp, parseStatusUpdate } from './status-update';
import type { Store } from './store';

const INSTALLATIONS =
  '/api/v2/platform-integrations/:integrationId/installations';

interface InstallationParams {
  integrationId: string;
  installationId: string;
}

export function registerApiRoutes(app: FastifyInstance, store: Store): void {
  app.get<{ Params: Pick<InstallationParams, 'integrationId'> }>(
    `${INSTALLATIONS}/self`,
    async (request, reply) => {
      const owner = authenticate(store, request, reply);
      if (!owner) return reply;

      const host = requestHost(request);
      const { integrationId } = request.params;
      if (!store.integrations(host).some(({ id }) => id === integrationId)) {
        return sendAdaError(reply, 404, 'Platform integration not found.');
      }

      if (owner.integrationId !== integrationId) {
        return sendAdaError(
          reply,
          403,
          'The access token belongs to another integration.',
        );
      }

      const record = store.installation(
        host,
        integrationId,
        owner.installationId,
      );
      if (!record) return sendAdaError(reply, 404, 'Installation not found.');

      return structuredClone(record);
    },
  );

  app.patch<{ Params: InstallationParams }>(
    `${INSTALLATIONS}/:installationId`,
    async (request, reply) => {
      const owner = authenticate(store, request, reply);
      if (!owner) return reply;

      const { integrationId, installationId } = request.params;
      const record = store.installation(
        requestHost(request),
        integrationId,
        installationId,
      );
      if (!record) return sendAdaError(reply, 404, 'Installation not found.');

      if (owner.installationId !== installationId) {
        return sendAdaError(
          reply,
          403,
          'The access token belongs to another installation.',
        );
      }

      const update = parseStatusUpdate(request.body);
      if (!update.ok) {
        return sendAdaError(reply, 400, 'Invalid request.', update.details);
      }

      if (update.status !== undefined) {
        record.status = update.status;
        record.updated = adaTimestamp();
      }

      return structuredClone(record);
    },
  );

  app.get('/api/platform_integrations/oauth/self', async (request, reply) => {
    const owner = authenticate(store, request, reply);
    if (!owner) return reply;

    return {
      platform_integration_installation_id: owner.installationId,
      client_handle: requestHost(request).split('.')[0],
    };
  });
}
