import type { RecordedRequest, SeedData } from '../../dev/local-ada/index';

// What local Ada saw, judged against what a case allows.

export interface Expected {
  method: string;
  host: string;
  path: string;
}

export const selfPath = (integrationId: string) =>
  `/api/v2/platform-integrations/${integrationId}/installations/self`;

export const installationPath = (
  integrationId: string,
  installationId: string,
) =>
  `/api/v2/platform-integrations/${integrationId}/installations/${installationId}`;

/** Every token value the seed knows. */
export function seededTokens(seed: SeedData): string[] {
  return seed.instances.flatMap(({ installations }) =>
    installations.flatMap(({ tokens }) => tokens.map(({ value }) => value)),
  );
}

function carriesToken(request: RecordedRequest, tokens: string[]): boolean {
  const text = [
    request.path,
    request.body,
    ...Object.values(request.headers),
  ].join('\n');

  return tokens.some((token) => text.includes(token));
}

function isExpected(request: RecordedRequest, expected: Expected[]): boolean {
  return expected.some(
    ({ method, host, path }) =>
      request.method === method &&
      request.host === host &&
      request.path === path,
  );
}

export interface TrafficRules {
  /** The extension's requests this case allows (any number of each). */
  api: Expected[];
  /** Hosts whose pages the test opened. */
  pageHosts: string[];
  /** Paths the test itself navigated a tab to, API paths included. */
  documents?: string[];
  tokens: string[];
}

/**
 * Requests the case did not allow. Allowed: the expected API calls, and the
 * pages' own traffic (GET, no Authorization header, no token anywhere, on
 * a page host, off /api/ unless the test navigated there itself).
 */
export function unexpectedRequests(
  requests: readonly RecordedRequest[],
  { api, pageHosts, documents = [], tokens }: TrafficRules,
): string[] {
  return requests
    .filter((request) => {
      if (isExpected(request, api)) return false;

      const isPageTraffic =
        request.method === 'GET' &&
        request.headers.authorization === undefined &&
        !carriesToken(request, tokens) &&
        pageHosts.includes(request.host) &&
        (!request.path.startsWith('/api/') || documents.includes(request.path));

      return !isPageTraffic;
    })
    .map(describe);
}

/** Requests that carried a token but were not among the expected calls. */
export function tokenLeaks(
  requests: readonly RecordedRequest[],
  { api, tokens }: Pick<TrafficRules, 'api' | 'tokens'>,
): string[] {
  return requests
    .filter(
      (request) =>
        (request.headers.authorization !== undefined ||
          carriesToken(request, tokens)) &&
        !isExpected(request, api),
    )
    .map(describe);
}

export function countOf(
  requests: readonly RecordedRequest[],
  { method, host, path }: Expected,
): number {
  return requests.filter(
    (request) =>
      request.method === method &&
      request.host === host &&
      request.path === path,
  ).length;
}

/** One line per request, with times relative to the first, for failures. */
export function summary(requests: readonly RecordedRequest[]): string {
  const start = requests[0]?.time ?? 0;

  return requests
    .map((request) => `+${request.time - start}ms ${describe(request)}`)
    .join('\n');
}

function describe({ method, host, path, status }: RecordedRequest): string {
  return `${method} https://${host}${path.slice(0, 120)} → ${status}`;
}
