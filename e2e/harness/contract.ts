import { inject } from 'vitest';
import type { RecordedRequest } from '../../dev/local-ada/index';
import { pollUntil } from './poll';

// Checks the requests the extension sent to the local Ada server against
// Ada's published OpenAPI document, by replaying them to Stoplight Prism
// (started once per run by e2e/global-setup.ts).

export type ReplayableRequest = Pick<
  RecordedRequest,
  'method' | 'path' | 'headers' | 'body'
>;

export interface ContractViolation {
  method: string;
  path: string;
  /** Prism's answer: 400 breaks a rule, 404 is a path the document lacks. */
  status: number;
  /** Prism's sl-violations header, or its answer's body when there is none. */
  violations: string;
}

// The document's paths lack the /api prefix that the real hosts serve under.
const API_PREFIX = '/api';
const IN_CONTRACT = '/api/v2/';
// Ada's OAuth endpoints are real but absent from the published document.
const NOT_IN_CONTRACT = ['/api/platform_integrations/oauth/'];
const FORWARDED_HEADERS = ['authorization', 'content-type'];

/** Every request under /api/v2/ that breaks the contract; [] when all conform. */
export async function checkAgainstContract(
  requests: readonly ReplayableRequest[],
): Promise<ContractViolation[]> {
  const prismUrl = await prismReady();
  const violations: ContractViolation[] = [];

  for (const request of requests.filter(isInContract)) {
    const violation = await replay(prismUrl, request);
    if (violation) violations.push(violation);
  }

  return violations;
}

function isInContract({ method, path }: ReplayableRequest): boolean {
  // A CORS preflight is the browser's doing, not a call the extension made.
  if (method === 'OPTIONS') return false;
  if (NOT_IN_CONTRACT.some((prefix) => path.startsWith(prefix))) return false;

  return path.startsWith(IN_CONTRACT);
}

async function replay(
  prismUrl: string,
  request: ReplayableRequest,
): Promise<ContractViolation | undefined> {
  const { method, path } = request;
  const hasBody = request.body !== '' && method !== 'GET' && method !== 'HEAD';
  const response = await fetch(prismUrl + path.slice(API_PREFIX.length), {
    method,
    headers: pickHeaders(request.headers, FORWARDED_HEADERS),
    body: hasBody ? request.body : undefined,
  });
  const body = await response.text();
  if (response.ok) return undefined;

  const violations = response.headers.get('sl-violations') ?? body;

  return { method, path, status: response.status, violations };
}

function pickHeaders(
  headers: Record<string, string>,
  names: string[],
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) =>
      names.includes(name.toLowerCase()),
    ),
  );
}

let ready: Promise<string> | undefined;

function prismReady(): Promise<string> {
  ready ??= waitForPrism(inject('prismUrl'));

  return ready;
}

async function waitForPrism(url: string): Promise<string> {
  await pollUntil(
    async () => {
      await (await fetch(url)).text();

      return true;
    },
    { what: `Stoplight Prism at ${url}`, timeoutMs: 30_000, intervalMs: 100 },
  );

  return url;
}
