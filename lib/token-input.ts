/**
 * The token in what a partner pasted: surrounding space and a leading
 * `Bearer ` (copied from a curl command) removed. `undefined` when nothing
 * usable is left, or when it holds spaces or control characters that no
 * bearer token has.
 *
 * @example normalizeToken('  Bearer abc123 \n') // 'abc123'
 */
export function normalizeToken(raw: string): string | undefined {
  const token = raw.trim().replace(/^bearer\s+/i, '');

  // Printable ASCII only: a header value with anything else is refused.
  if (!/^[\x21-\x7e]{8,4096}$/.test(token)) return undefined;

  return token;
}

/** `••••` and the last four characters, enough to tell tokens apart. */
export function tokenPreview(token: string): string {
  return `••••${token.slice(-4)}`;
}
