import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { readDashboardPage } from './dashboard-page';
import { findToken, listTokens, removeToken, saveToken } from './token-vault';

function page(url: string) {
  const read = readDashboardPage(url);
  if (!read) throw new Error(`fixture is not a page: ${url}`);
  return read;
}

const ACME = page('https://acme.ada.support/platform/integrations/int1');
const GLOBEX = page('https://globex.eu.ada.support/platform/integrations/int1');

describe('token vault', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('keeps one token per instance and integration', async () => {
    await saveToken(ACME, 'acme-token-0001', 1000);
    await saveToken(GLOBEX, 'globex-token-0002', 2000);

    expect(await findToken(ACME)).toMatchObject({
      token: 'acme-token-0001',
      addedAt: 1000,
    });
    expect(await findToken(GLOBEX)).toMatchObject({
      token: 'globex-token-0002',
    });
  });

  it('replaces a token and forgets a removed one', async () => {
    await saveToken(ACME, 'first-token-0001');
    await saveToken(ACME, 'second-token-0002');
    await removeToken(GLOBEX.instance.host, 'int1');

    expect((await findToken(ACME))?.token).toBe('second-token-0002');

    await removeToken(ACME.instance.host, 'int1');

    expect(await findToken(ACME)).toBeUndefined();
  });

  it('lists tokens without their values', async () => {
    await saveToken(GLOBEX, 'globex-token-9876', 5);
    await saveToken(ACME, 'acme-token-1234', 7);

    const list = await listTokens();

    expect(list).toEqual([
      {
        host: 'acme.ada.support',
        integrationId: 'int1',
        addedAt: 7,
        preview: '••••1234',
      },
      {
        host: 'globex.eu.ada.support',
        integrationId: 'int1',
        addedAt: 5,
        preview: '••••9876',
      },
    ]);
    expect(JSON.stringify(list)).not.toContain('acme-token');
  });

  it('skips a corrupt stored entry instead of failing', async () => {
    await saveToken(ACME, 'acme-token-1234');
    const { tokens } = await fakeBrowser.storage.local.get('tokens');
    await fakeBrowser.storage.local.set({
      tokens: Object.assign({ broken: { host: 3 } }, tokens),
    });

    expect(await listTokens()).toHaveLength(1);
    expect((await findToken(ACME))?.token).toBe('acme-token-1234');
  });
});
