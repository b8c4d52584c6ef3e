import { describe, expect, it } from 'vitest';
import {
  checkAgainstContract,
  type ReplayableRequest,
} from './harness/contract';

// The checker itself, before tests trust it with the extension's traffic.

const INTEGRATION = '5df263b7db5a7e6ea03fae9b';
const INSTALLATION = '65f0a1b2c3d4e5f607182930';
const INSTALLATION_PATH = `/api/v2/platform-integrations/${INTEGRATION}/installations/${INSTALLATION}`;
const AUTHORIZED = { authorization: 'Bearer local-ada-token' };
const JSON_BODY = { 'content-type': 'application/json' };

function patchStatus(
  body: string,
  headers: Record<string, string> = { ...AUTHORIZED, ...JSON_BODY },
): ReplayableRequest {
  return { method: 'PATCH', path: INSTALLATION_PATH, headers, body };
}

describe('checkAgainstContract', () => {
  it('passes a PATCH that sets a known status', async () => {
    const violations = await checkAgainstContract([
      patchStatus('{"status":"complete"}'),
    ]);

    expect(violations).toEqual([]);
  });

  it('passes a GET of the installation the token belongs to', async () => {
    const violations = await checkAgainstContract([
      {
        method: 'GET',
        path: `/api/v2/platform-integrations/${INTEGRATION}/installations/self`,
        headers: AUTHORIZED,
        body: '',
      },
    ]);

    expect(violations).toEqual([]);
  });

  it('flags a status value the contract does not know', async () => {
    const violations = await checkAgainstContract([
      patchStatus('{"status":"done"}'),
    ]);

    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ status: 400, method: 'PATCH' });
    expect(violations[0]?.violations).toContain('status');
  });

  it('flags a request without Authorization', async () => {
    const violations = await checkAgainstContract([
      patchStatus('{"status":"complete"}', JSON_BODY),
    ]);

    expect(violations).toHaveLength(1);
    expect(violations[0]?.violations).toContain('authorization');
  });

  it('flags an /api/v2/ path the contract does not have', async () => {
    const violations = await checkAgainstContract([
      { method: 'GET', path: '/api/v2/unknown', headers: AUTHORIZED, body: '' },
    ]);

    expect(violations).toMatchObject([{ status: 404 }]);
  });

  it('skips OAuth calls, preflights and dashboard pages', async () => {
    const violations = await checkAgainstContract([
      {
        method: 'POST',
        path: '/api/platform_integrations/oauth/token',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'grant_type=refresh_token',
      },
      { method: 'OPTIONS', path: INSTALLATION_PATH, headers: {}, body: '' },
      {
        method: 'GET',
        path: `/platform/integrations/${INTEGRATION}`,
        headers: {},
        body: '',
      },
    ]);

    expect(violations).toEqual([]);
  });
});
