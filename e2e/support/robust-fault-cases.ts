import {
  DEMO_IDS,
  demoSeed,
  type Fault,
  type SeedData,
} from '../../dev/local-ada/index';

// The cases of e2e/fault-matrix.e2e.ts: what Ada (or what stands in front
// of it) answers, and what the partner should see.

export interface Installation {
  host: string;
  integrationId: string;
  installationId: string;
  token: string;
}

// Every case gets an instance of its own, so that nothing a browser keeps
// per host or URL carries over from one case into the next: keep-alive
// connections, the extension's rate gate, and Chromium's throttle of
// extension requests after 500/503 answers (see its case in
// e2e/fault-matrix.e2e.ts).
export function caseInstallation(index: number): Installation {
  const region = index % 2 === 1 ? '.eu' : '';

  return {
    host: `fault-${index}${region}.ada.support`,
    integrationId: DEMO_IDS.crmContacts,
    installationId: `66${index.toString(16).padStart(22, '0')}`,
    token: `local-ada-token-fault-${index}`,
  };
}

export const UNCONFIRMED_FIRST = 100;
export const THROTTLE_CASE = 200;

export type Kind =
  | 'bad-request'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'unprocessable'
  | 'rate-limited'
  | 'server'
  | 'network'
  | 'timeout'
  | 'unreadable';

/** What the partner should read, written out here rather than imported. */
export function sentences(kind: Kind, host: string, status?: number) {
  const said: Record<Kind, [string, string]> = {
    'bad-request': [
      `${host} rejected the request as invalid.`,
      'Reload the dashboard page and try again; if it persists, report it with the details below.',
    ],
    unauthorized: [
      `${host} did not accept the token: it has expired or is wrong.`,
      'Installation tokens last one hour. Paste a fresh token for this installation.',
    ],
    forbidden: [
      'This token does not have access to this installation.',
      `Use the token issued for this installation on ${host}.`,
    ],
    'not-found': [
      `${host} has no such integration or installation.`,
      'Check that this is the integration you installed and that the token belongs to it.',
    ],
    conflict: [
      `${host} reported a conflicting change to this installation.`,
      'Reload the record, then try again.',
    ],
    'too-large': [
      `${host} refused the request as too large.`,
      'Report this: a status change should be tiny.',
    ],
    unprocessable: [
      `${host} could not apply this change.`,
      'Read Ada’s message below, fix the installation, and retry.',
    ],
    'rate-limited': [
      `Ada’s rate limit for ${host} was reached.`,
      'Wait a minute, then try again.',
    ],
    server: [
      `${host} is having trouble right now (HTTP ${status}).`,
      'Try again in a few minutes.',
    ],
    network: [
      `Could not reach ${host}.`,
      'Check your connection or VPN, then try again.',
    ],
    timeout: [
      `${host} did not answer in time.`,
      'Try again; Ada may be slow right now.',
    ],
    unreadable: [
      `${host} sent an answer that could not be read.`,
      'Try again; if it persists, report it with the details below.',
    ],
  };
  const [message, nextStep] = said[kind];

  return { message, nextStep };
}

export interface FaultCase {
  name: string;
  /** The request the faults target: the PATCH, or the popup's first read. */
  on: 'change' | 'read';
  faults: Fault[];
  /** The failure the partner sees; none when the call succeeds. */
  sees?: { kind: Kind; status?: number };
  /** Attempts the client made: 1, or up to 3 for the kinds it retries. */
  attempts: number;
  /**
   * The browser's network stack resends, on its own, a request whose
   * reused keep-alive connection closed without an answer (and Chromium
   * one answered 408): once in Chromium, and for a PATCH in Firefox;
   * Firefox retries a GET up to 10 times (network.http.request.max-attempts).
   * The server then sees more requests than the client made, and a resend
   * can absorb a failure the client never sees.
   */
  resentByBrowser?: boolean;
  /** The popup's status badge at the end. */
  badge: string;
  /** Shown while the change runs, e.g. the retry under way. */
  busy?: RegExp;
}

// Every attempt answered `status`: a kind the client retries.
const storm = (status: number, extra: Partial<Fault> = {}) => ({
  faults: [{ status, times: 3, ...extra }],
  sees: { kind: status === 429 ? 'rate-limited' : 'server', status } as const,
  attempts: 3,
  badge: 'Incomplete',
});

const refused = (status: number, kind: Kind): Omit<FaultCase, 'name'> => ({
  on: 'change',
  faults: [{ status }],
  sees: { kind, status },
  attempts: 1,
  badge: 'Incomplete',
});

export const record = (
  installation: Installation,
  fields: Record<string, unknown>,
) => ({
  id: installation.installationId,
  platform_integration_id: installation.integrationId,
  created: '2024-03-11T09:15:00+00:00',
  updated: '2024-06-02T17:40:12+00:00',
  configuration: {},
  ...fields,
});

// Cases that need the installation's ids build their faults late.
type CaseFor = (installation: Installation) => FaultCase;

export const CASES: CaseFor[] = [
  () => ({ name: '400', ...refused(400, 'bad-request') }),
  () => ({ name: '401', ...refused(401, 'unauthorized') }),
  () => ({ name: '403', ...refused(403, 'forbidden') }),
  () => ({ name: '404', ...refused(404, 'not-found') }),
  () => ({ name: '409', ...refused(409, 'conflict') }),
  () => ({ name: '413', ...refused(413, 'too-large') }),
  () => ({ name: '422', ...refused(422, 'unprocessable') }),
  () => ({
    name: '429 once, then success on the retry',
    on: 'change',
    // The retry is slowed so that the popup can be seen saying so.
    faults: [{ status: 429 }, { latencyMs: 1_500 }],
    attempts: 2,
    badge: 'Complete',
    busy: /^Marking complete… retrying \(2 of 3\)$/,
  }),
  () => ({ name: 'a 429 storm', on: 'change', ...storm(429) }),
  () => ({ name: '500 on every attempt', on: 'change', ...storm(500) }),
  () => ({
    name: '500 once, then success',
    on: 'change',
    faults: [{ status: 500 }],
    attempts: 2,
    badge: 'Complete',
  }),
  () => ({
    name: '502 with an HTML body from the proxy',
    on: 'change',
    ...storm(502, { html: true }),
  }),
  () => ({ name: '503', on: 'change', ...storm(503) }),
  () => ({ name: '504', on: 'change', ...storm(504) }),
  () => ({
    name: '408 on every attempt',
    on: 'change',
    faults: [{ status: 408, times: 10 }],
    sees: { kind: 'timeout' },
    attempts: 3,
    resentByBrowser: true,
    badge: 'Incomplete',
  }),
  () => ({
    name: 'an answer that never comes (beyond the 15 s timeout)',
    on: 'change',
    faults: [{ latencyMs: 30_000 }],
    sees: { kind: 'timeout' },
    attempts: 1,
    badge: 'Incomplete',
  }),
  () => ({
    name: 'a dropped connection on every attempt',
    on: 'change',
    faults: [{ drop: true, times: 10 }],
    sees: { kind: 'network' },
    attempts: 3,
    resentByBrowser: true,
    badge: 'Incomplete',
  }),
  () => ({
    name: 'a dropped connection once, then success',
    on: 'change',
    faults: [{ drop: true }],
    attempts: 2,
    resentByBrowser: true,
    badge: 'Complete',
  }),
  () => ({
    name: 'malformed JSON',
    on: 'change',
    faults: [{ body: '{"id": "65f0a1b2", "status": ' }],
    sees: { kind: 'unreadable' },
    attempts: 1,
    badge: 'Incomplete',
  }),
  () => ({
    name: 'an empty body',
    on: 'change',
    faults: [{ body: '' }],
    sees: { kind: 'unreadable' },
    attempts: 1,
    badge: 'Incomplete',
  }),
  (installation) => ({
    name: 'extra fields Ada may add one day',
    on: 'change',
    faults: [
      {
        body: JSON.stringify(
          record(installation, {
            status: 'complete',
            completed_by: { partner: 'x', at: 1 },
            links: [{ rel: 'self', href: '/x' }],
          }),
        ),
      },
    ],
    attempts: 1,
    badge: 'Complete',
  }),
  (installation) => ({
    name: 'a 5 MB body',
    on: 'change',
    faults: [
      {
        body: JSON.stringify(
          record(installation, {
            status: 'complete',
            configuration: { notes: 'x'.repeat(5 * 1024 * 1024) },
          }),
        ),
      },
    ],
    attempts: 1,
    badge: 'Complete',
  }),
  () => ({
    name: '401 on the first read',
    ...refused(401, 'unauthorized'),
    on: 'read',
  }),
  () => ({
    name: '403 on the first read',
    ...refused(403, 'forbidden'),
    on: 'read',
  }),
  () => ({
    name: '404 on the first read',
    ...refused(404, 'not-found'),
    on: 'read',
  }),
  () => ({
    name: '503 on every read attempt',
    on: 'read',
    ...storm(503),
  }),
  () => ({
    name: '429 once on the first read, then success',
    on: 'read',
    faults: [{ status: 429 }],
    attempts: 2,
    badge: 'Incomplete',
  }),
  () => ({
    name: 'a dropped connection on every read attempt',
    on: 'read',
    faults: [{ drop: true, times: 100 }],
    sees: { kind: 'network' },
    attempts: 3,
    resentByBrowser: true,
    badge: 'Incomplete',
  }),
  () => ({
    name: 'malformed JSON on the first read',
    on: 'read',
    faults: [{ body: '{"status": "complete", ' }],
    sees: { kind: 'unreadable' },
    attempts: 1,
    badge: 'Incomplete',
  }),
];

// Ada answered 200 with a record that does not show the status asked for.
// The PATCH response is the only confirmation the extension waits for.
export interface UnconfirmedCase {
  name: string;
  fields: Record<string, unknown>;
  /** What the badge shows: Ada's answer, as it came. */
  badge: string;
}

export const UNCONFIRMED: UnconfirmedCase[] = [
  {
    name: 'nulls in every field',
    fields: {
      id: null,
      platform_integration_id: null,
      created: null,
      updated: null,
      configuration: null,
      status: null,
    },
    badge: 'No status',
  },
  {
    name: 'an unknown status value',
    fields: { status: 'pending_review' },
    badge: 'pending_review',
  },
];

export function seedWith(indexes: number[]): SeedData {
  const seed = demoSeed();
  const integration = { id: DEMO_IDS.crmContacts, name: 'CRM Contacts' };

  for (const index of indexes) {
    const installation = caseInstallation(index);
    seed.instances.push({
      host: installation.host,
      integrations: [integration],
      installations: [
        {
          integrationId: installation.integrationId,
          record: record(installation, {
            status: 'incomplete',
            configuration: { instance_url: 'https://crm.example' },
          }),
          tokens: [{ value: installation.token }],
        },
      ],
    });
  }

  return seed;
}
