import { describe, expect, it } from 'vitest';
import { isSecretKey } from './secret-keys';

describe('isSecretKey', () => {
  it.each([
    'api_key',
    'apiKey',
    'API-KEY',
    'client_secret',
    'password',
    'passwd',
    'passphrase',
    'auth_token',
    'accessToken',
    'consumer_key',
    'consumerKey',
    'private_key',
    'credentials',
    'key',
    'Authorization',
  ])('masks %s', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each([
    'help_center_url',
    'locales',
    'schedule',
    'include_drafts',
    'monkey_count',
    'keyboard_layout',
    'name',
  ])('shows %s', (key) => {
    expect(isSecretKey(key)).toBe(false);
  });
});
