import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from './change-history';
import { lastChangeOf, overviewRows } from './overview-rows';

function change(id: string, integrationId: string): ChangeEntry {
  return {
    id,
    host: 'acme.ada.support',
    integrationId,
    installationId: 'inst1',
    from: 'incomplete',
    to: 'complete',
    startedAt: 1,
    outcome: 'done',
  };
}

describe('overviewRows', () => {
  it('splits the host into handle and region and links the dashboard page', () => {
    const [row] = overviewRows([
      {
        host: 'acme.eu.ada.support',
        integrationId: 'int1',
        preview: '••••abcd',
        addedAt: 5,
      },
    ]);

    expect(row).toEqual({
      key: 'acme.eu.ada.support int1',
      host: 'acme.eu.ada.support',
      handle: 'acme',
      region: 'eu',
      integrationId: 'int1',
      tokenAddedAt: 5,
      pageUrl: 'https://acme.eu.ada.support/platform/integrations/int1',
    });
  });

  it('keeps a row whose stored host is not an Ada host, without a page', () => {
    const [row] = overviewRows([
      { host: 'example.com', integrationId: 'int1', preview: '', addedAt: 5 },
    ]);

    expect(row?.handle).toBe('example.com');
    expect(row?.pageUrl).toBeUndefined();
  });
});

describe('lastChangeOf', () => {
  it('answers the newest change of the same instance and integration', () => {
    const history = [
      change('3', 'int2'),
      change('2', 'int1'),
      change('1', 'int1'),
    ];

    expect(
      lastChangeOf(history, { host: 'acme.ada.support', integrationId: 'int1' })
        ?.id,
    ).toBe('2');
    expect(
      lastChangeOf(history, {
        host: 'beta.ada.support',
        integrationId: 'int1',
      }),
    ).toBeUndefined();
  });
});
