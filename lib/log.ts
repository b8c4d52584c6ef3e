const BEARER = /(bearer\s+)[^\s"',]+/gi;

/** Masks anything that looks like a bearer token in a log argument. */
export function redact(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(BEARER, '$1***');
  if (value instanceof Error) return redact(`${value.name}: ${value.message}`);

  return value;
}

/**
 * A prefixed logger, silent in production builds so that nothing reaches a
 * partner's console unless they run a development build.
 */
export function createLogger(scope: string) {
  const prefix = `[ada-status:${scope}]`;
  const enabled = import.meta.env.MODE === 'development';

  return {
    error(...args: unknown[]) {
      if (enabled) console.error(prefix, ...args.map(redact));
    },
    warn(...args: unknown[]) {
      if (enabled) console.warn(prefix, ...args.map(redact));
    },
  };
}
