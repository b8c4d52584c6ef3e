import { isSecretKey, MASK } from './secret-keys';

/**
 * A copy of a value with everything under a secret-looking key replaced
 * by a mask, at any depth, so that copied JSON carries no credential.
 */
export function redactSecrets(value: unknown, secret = false): unknown {
  if (Array.isArray(value))
    return value.map((item) => redactSecrets(item, secret));

  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        redactSecrets(item, secret || isSecretKey(key)),
      ]),
    );
  }

  return secret && value !== null && value !== undefined ? MASK : value;
}
