import type { SeedData } from '../dev/local-ada/index';

// Each figure gets its own Ada instances. The extension keeps every host
// under Ada's rate limits (8 requests a second, 90 a minute, per host), so
// a host that one figure keeps busy would slow another figure down.

export const INTEGRATIONS = {
  /** The partner's own integration: its token is saved in the extension. */
  own: { id: '66b0a1b2c3d4e5f607180001', name: 'Knowledge Sync' },
  /** Another partner's integration on the same instance: no token. */
  other: { id: '66b0a1b2c3d4e5f607180002', name: 'CRM Contacts' },
} as const;

export const HOSTS = {
  popup: 'bench-popup.ada.support',
  click: 'bench-click.ada.support',
  /** The same record as `click`, changed from Node only. */
  raw: 'bench-raw.ada.support',
  load: 'bench-load.ada.support',
  navigation: (run: number) => `bench-spa-${run}.ada.support`,
};

type Which = keyof typeof INTEGRATIONS;

/** The installation id and token of an integration on a bench host. */
export function credentialsOf(host: string, which: Which = 'own') {
  const handle = host.split('.')[0] ?? host;

  return {
    installationId: `inst-${handle}-${which}`,
    token: `local-ada-token-${handle}-${which}`,
  };
}

export function benchSeed(navigationRuns: number): SeedData {
  const hosts = [
    HOSTS.popup,
    HOSTS.click,
    HOSTS.raw,
    HOSTS.load,
    ...Array.from({ length: navigationRuns }, (_, run) =>
      HOSTS.navigation(run),
    ),
  ];

  return { instances: hosts.map(instance) };
}

/** Hosts whose token the extension keeps (`raw` is Node's). */
export function hostsWithSavedToken(navigationRuns: number): string[] {
  return benchSeed(navigationRuns)
    .instances.map(({ host }) => host)
    .filter((host) => host !== HOSTS.raw);
}

function instance(host: string): SeedData['instances'][number] {
  const { own, other } = INTEGRATIONS;
  const installation = (which: Which) => {
    const { installationId, token } = credentialsOf(host, which);
    const { id } = INTEGRATIONS[which];

    return {
      integrationId: id,
      record: {
        id: installationId,
        platform_integration_id: id,
        created: '2024-03-11T09:15:00+00:00',
        updated: '2024-06-02T17:40:12+00:00',
        status: 'incomplete',
        configuration: {
          help_center_url: 'https://help.example/hc/en-us',
          api_key: 'ak_live_0123456789abcdef',
          locales: ['en-US', 'fr-CA'],
          sync: { schedule: 'hourly', include_drafts: false },
        },
      },
      tokens: [{ value: token }],
    };
  };

  return {
    host,
    integrations: [own, other],
    installations: [installation('own'), installation('other')],
  };
}
