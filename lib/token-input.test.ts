import { describe, expect, it } from 'vitest';
import { normalizeToken, tokenPreview } from './token-input';

describe('normalizeToken', () => {
  it.each([
    ['  abcdefgh12  ', 'abcdefgh12'],
    ['Bearer abcdefgh12', 'abcdefgh12'],
    ['bearer   abcdefgh12\n', 'abcdefgh12'],
    ['BEARER abc.def-ghi_jk', 'abc.def-ghi_jk'],
  ])('cleans %j', (raw, expected) => {
    expect(normalizeToken(raw)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'Bearer ',
    'short',
    'two words here',
    'tab\tinside1',
    'é-not-ascii-token',
  ])('refuses %j', (raw) => {
    expect(normalizeToken(raw)).toBeUndefined();
  });
});

describe('tokenPreview', () => {
  it('shows only the last four characters', () => {
    expect(tokenPreview('super-secret-value-1234')).toBe('••••1234');
  });
});
