import type { RecordedRequest, SeedData } from '../../dev/local-ada/index';

// Questions about what local Ada saw, asked of ada.requests().

const BEARER = /^Bearer +(\S+)$/i;

/**
 * Calls to Ada's API. The dashboard page and its data are the page's own
 * traffic, and a CORS preflight is the browser's, not the extension's.
 */
export function apiCalls(
  requests: readonly RecordedRequest[],
): RecordedRequest[] {
  return requests.filter(
    ({ method, path }) => method !== 'OPTIONS' && path.startsWith('/api/'),
  );
}

export function bearerOf(request: RecordedRequest): string | undefined {
  return BEARER.exec(request.headers.authorization ?? '')?.[1];
}

export interface MisdirectedToken {
  method: string;
  path: string;
  /** Where the token went. */
  host: string;
  /** The host that issued the token. */
  issuedBy: string;
}

/**
 * Every request that carried a token issued by another host than the one
 * it was sent to. Tokens the seed does not know are left out.
 */
export function tokensOnWrongHost(
  requests: readonly RecordedRequest[],
  seed: SeedData,
): MisdirectedToken[] {
  const issuer = issuerByToken(seed);

  return requests.flatMap((request) => {
    const token = bearerOf(request);
    const issuedBy = token === undefined ? undefined : issuer.get(token);
    if (issuedBy === undefined || issuedBy === request.host) return [];

    const { method, path, host } = request;

    return [{ method, path, host, issuedBy }];
  });
}

function issuerByToken(seed: SeedData): Map<string, string> {
  const issuer = new Map<string, string>();
  for (const { host, installations } of seed.instances) {
    for (const { tokens } of installations) {
      for (const { value } of tokens) issuer.set(value, host);
    }
  }

  return issuer;
}
