import type { InstallationRecord, SeedData } from './types';

export interface Integration {
  id: string;
  name: string;
}

export interface TokenOwner {
  integrationId: string;
  installationId: string;
  expiresAt?: number;
}

interface Installation {
  integrationId: string;
  record: InstallationRecord;
}

interface Instance {
  host: string;
  integrations: Integration[];
  installations: Installation[];
  // Keyed per instance: a token from another host is simply unknown here.
  tokens: Map<string, TokenOwner>;
}

export interface Store {
  seed(data: SeedData): void;
  clear(): void;
  hasHost(host: string): boolean;
  integrations(host: string): Integration[];
  tokenOwner(host: string, token: string): TokenOwner | undefined;
  /** The live record: callers that hand it out must copy it. */
  installation(
    host: string,
    integrationId: string,
    installationId: string,
  ): InstallationRecord | undefined;
}

export function createStore(): Store {
  let instances = new Map<string, Instance>();

  const installation: Store['installation'] = (host, integrationId, id) =>
    instances
      .get(host)
      ?.installations.find(
        (entry) =>
          entry.integrationId === integrationId && entry.record.id === id,
      )?.record;

  return {
    seed(data) {
      // Copies, so tests can reuse a seed object after the server mutated it.
      instances = new Map(
        data.instances.map((instance) => [
          instance.host.toLowerCase(),
          toInstance(structuredClone(instance)),
        ]),
      );
    },
    clear() {
      instances = new Map();
    },
    hasHost: (host) => instances.has(host),
    integrations: (host) => instances.get(host)?.integrations ?? [],
    tokenOwner: (host, token) => instances.get(host)?.tokens.get(token),
    installation,
  };
}

function toInstance(seed: SeedData['instances'][number]): Instance {
  const tokens = new Map<string, TokenOwner>();
  for (const { integrationId, record, tokens: values } of seed.installations) {
    for (const { value, expiresAt } of values) {
      tokens.set(value, {
        integrationId,
        installationId: record.id,
        expiresAt,
      });
    }
  }

  return {
    host: seed.host.toLowerCase(),
    integrations: seed.integrations,
    installations: seed.installations.map(({ integrationId, record }) => ({
      integrationId,
      record,
    })),
    tokens,
  };
}
