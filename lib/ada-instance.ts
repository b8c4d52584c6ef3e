const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const ADA_HOST = new RegExp(`^(${LABEL})(?:\\.(${LABEL}))?\\.ada\\.support$`);

export interface AdaInstance {
  origin: string;
  host: string;
  handle: string;
  region?: string;
}

/**
 * The Ada instance a URL belongs to, or `undefined` when the URL is not an
 * HTTPS Ada host on the default port.
 *
 * @example instanceFromUrl(new URL('https://acme.eu.ada.support/x'))
 * // { origin: 'https://acme.eu.ada.support', host: 'acme.eu.ada.support',
 * //   handle: 'acme', region: 'eu' }
 */
export function instanceFromUrl(url: URL): AdaInstance | undefined {
  // Userinfo or a custom port would let a page steer the token elsewhere.
  if (url.protocol !== 'https:' || url.port !== '') return undefined;
  if (url.username !== '' || url.password !== '') return undefined;

  const match = ADA_HOST.exec(url.hostname);
  if (!match?.[1]) return undefined;

  return {
    origin: `https://${url.hostname}`,
    host: url.hostname,
    handle: match[1],
    ...(match[2] ? { region: match[2] } : {}),
  };
}

/** True when `origin` is exactly the origin of an Ada instance. */
export function isAdaOrigin(origin: string): boolean {
  const url = parseUrl(origin);

  return url !== undefined && instanceFromUrl(url)?.origin === origin;
}

export function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}
