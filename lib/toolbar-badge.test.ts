import { describe, expect, it } from 'vitest';
import { readDashboardPage } from './dashboard-page';
import { badgeFor } from './toolbar-badge';

const PAGE = readDashboardPage(
  'https://acme.ada.support/platform/integrations/int1',
);
if (!PAGE) throw new Error('fixture is not a page');

const ready = (status: string) => ({
  state: 'ready' as const,
  page: PAGE,
  record: { id: 'i', status },
  tokenAddedAt: 0,
});

describe('badgeFor', () => {
  it('gives each state its own symbol, colour and words', () => {
    const badges = [
      badgeFor(PAGE, ready('complete')),
      badgeFor(PAGE, ready('incomplete')),
      badgeFor(PAGE, { state: 'no-token', page: PAGE }),
      badgeFor(PAGE, {
        state: 'failed',
        page: PAGE,
        failure: { kind: 'server', message: 'Ada is down.', nextStep: 'Wait.' },
      }),
    ];

    expect(badges.map((badge) => badge.text)).toEqual(['✓', '!', '?', '×']);
    expect(new Set(badges.map((badge) => badge.color)).size).toBe(4);
    expect(badges.map((badge) => badge.title)).toEqual([
      'Ada Installation Status: setup complete on acme, integration int1',
      'Ada Installation Status: setup incomplete on acme, integration int1',
      'Ada Installation Status: no token for acme, integration int1',
      'Ada Installation Status: Ada is down.',
    ]);
  });

  it('says an unknown status in words, with no symbol', () => {
    expect(badgeFor(PAGE, ready('paused'))).toMatchObject({
      text: '',
      title: 'Ada Installation Status: paused on acme, integration int1',
    });
  });
});
