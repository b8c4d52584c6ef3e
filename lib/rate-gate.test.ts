import { afterEach, describe, expect, it, vi } from 'vitest';
import { gatedFetch } from './rate-gate';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('gatedFetch', () => {
  it('lets no more than 8 requests a second reach one Ada host', async () => {
    const sentAt: number[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        sentAt.push(Date.now());
        return new Response('{}');
      }),
    );
    const gated = gatedFetch('burst.ada.support');
    const start = Date.now();

    await Promise.all(
      Array.from({ length: 12 }, () => gated('https://burst.ada.support/')),
    );

    const inFirstSecond = sentAt.filter((time) => time - start < 950);
    expect(sentAt).toHaveLength(12);
    expect(inFirstSecond).toHaveLength(8);
  });

  it('keeps a separate budget for each host', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}')),
    );
    const start = Date.now();

    await Promise.all(
      ['a', 'b'].flatMap((handle) =>
        Array.from({ length: 8 }, () =>
          gatedFetch(`${handle}.ada.support`)(`https://${handle}.ada.support/`),
        ),
      ),
    );

    expect(Date.now() - start).toBeLessThan(500);
  });
});
