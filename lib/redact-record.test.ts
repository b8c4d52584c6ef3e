import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact-record';
import { MASK } from './secret-keys';

describe('redactSecrets', () => {
  it('masks secret-looking values at any depth and keeps the rest', () => {
    const record = {
      id: 'inst1',
      configuration: {
        api_key: 'ak_live_123',
        help_center_url: 'https://help.example',
        auth: { user: 'bob', password: 'hunter2' },
        tokens: ['t1', 't2'],
        client_secret: null,
      },
    };

    expect(redactSecrets(record)).toEqual({
      id: 'inst1',
      configuration: {
        api_key: MASK,
        help_center_url: 'https://help.example',
        auth: { user: MASK, password: MASK },
        tokens: [MASK, MASK],
        client_secret: null,
      },
    });
  });

  it('leaves the original untouched', () => {
    const record = { api_key: 'x' };

    redactSecrets(record);

    expect(record.api_key).toBe('x');
  });
});
