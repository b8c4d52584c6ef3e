/**
 * An Ada object id. Ada documents ids only as "format: id"; in practice
 * they are 24 hex digits, so this accepts a conservative URL-safe superset
 * and nothing that could change the meaning of a URL path.
 */
export const ADA_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isAdaId(value: unknown): value is string {
  return typeof value === 'string' && ADA_ID.test(value);
}
