import { describe, expect, it } from 'vitest';
import { readDashboardPage, samePage } from './dashboard-page';

const ID = '5df263b7db5a7e6ea03fae9b';

describe('readDashboardPage', () => {
  it('reads the instance and integration of an integration page', () => {
    const page = readDashboardPage(
      `https://acme.ada.support/platform/integrations/${ID}`,
    );

    expect(page).toEqual({
      instance: {
        origin: 'https://acme.ada.support',
        host: 'acme.ada.support',
        handle: 'acme',
      },
      integrationId: ID,
    });
  });

  it.each(['eu', 'maple', 'us2', 'att', 'ficanex'])(
    'reads the regional label %s',
    (region) => {
      const page = readDashboardPage(
        `https://globex.${region}.ada.support/platform/integrations/${ID}`,
      );

      expect(page?.instance).toMatchObject({
        handle: 'globex',
        region,
        origin: `https://globex.${region}.ada.support`,
      });
    },
  );

  it.each([
    `/platform/integrations/${ID}/`,
    `/platform/integrations/${ID}/connections/success`,
    `/platform/integrations/${ID}/connections/error?code=denied`,
    `/platform/integrations/${ID}?tab=settings#top`,
  ])('accepts trailing paths, queries and fragments: %s', (path) => {
    expect(readDashboardPage(`https://acme.ada.support${path}`)).toMatchObject({
      integrationId: ID,
    });
  });

  it('normalises the host case and keeps the origin exact', () => {
    const page = readDashboardPage(
      `https://ACME.Ada.Support/platform/integrations/${ID}`,
    );

    expect(page?.instance.origin).toBe('https://acme.ada.support');
  });

  it.each([
    ['another page of the dashboard', 'https://acme.ada.support/platform'],
    ['the integrations list', 'https://acme.ada.support/platform/integrations'],
    ['plain http', `http://acme.ada.support/platform/integrations/${ID}`],
    [
      'a custom port',
      `https://acme.ada.support:8443/platform/integrations/${ID}`,
    ],
    [
      'userinfo',
      `https://user:pw@acme.ada.support/platform/integrations/${ID}`,
    ],
    [
      'a lookalike suffix',
      `https://acme.ada.support.example.test/platform/integrations/${ID}`,
    ],
    [
      'a lookalike label',
      `https://evil-ada.support/platform/integrations/${ID}`,
    ],
    ['the bare domain', `https://ada.support/platform/integrations/${ID}`],
    [
      'too many labels',
      `https://a.b.c.ada.support/platform/integrations/${ID}`,
    ],
    ['not a URL', 'acme.ada.support/platform/integrations/x'],
    [
      'an encoded slash',
      'https://acme.ada.support/platform/integrations/a%2Fb',
    ],
    ['encoded dots', 'https://acme.ada.support/platform/integrations/%2e%2e'],
    [
      'a unicode lookalike',
      'https://acme.ada.support/platform/integrations/ａｂｃ',
    ],
    [
      'an overlong id',
      `https://acme.ada.support/platform/integrations/${'a'.repeat(65)}`,
    ],
    ['a dotted id', 'https://acme.ada.support/platform/integrations/a.b'],
    ['an extension page', 'chrome-extension://abc/popup.html'],
  ])('rejects %s', (_, url) => {
    expect(readDashboardPage(url)).toBeUndefined();
  });

  it('does not follow dot segments into another path', () => {
    const page = readDashboardPage(
      `https://acme.ada.support/platform/integrations/${ID}/../../x`,
    );

    expect(page).toBeUndefined();
  });

  it('reads backslashes as the browser does, never into the id', () => {
    const page = readDashboardPage(
      'https://acme.ada.support/platform/integrations/a\\..\\b',
    );

    expect(page?.integrationId).toBe('b');
  });

  it('takes the id from the path, not from a query that mimics one', () => {
    const page = readDashboardPage(
      'https://acme.ada.support/other?u=/platform/integrations/abc',
    );

    expect(page).toBeUndefined();
  });
});

describe('samePage', () => {
  it('tells integrations and instances apart', () => {
    const read = (url: string) => {
      const page = readDashboardPage(url);
      if (!page) throw new Error(`fixture is not a page: ${url}`);
      return page;
    };
    const a = read(`https://acme.ada.support/platform/integrations/${ID}`);
    const b = read(`https://acme.ada.support/platform/integrations/${ID}/x`);
    const c = read(`https://acme.eu.ada.support/platform/integrations/${ID}`);
    const d = read('https://acme.ada.support/platform/integrations/other');

    expect([samePage(a, b), samePage(a, c), samePage(a, d)]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
