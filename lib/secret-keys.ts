// Names that configuration forms use for credentials: `api_key`,
// `consumerKey`, `client_secret`, `password`, `auth_token`, `private_key`...
const SECRET_NAME =
  /(secret|passw(or)?d|passphrase|\bpwd\b|token|api[-_ ]?key|(^|[-_ ]|[a-z])key$|credential|private|auth)/i;

/**
 * Whether a configuration key names a value that should stay hidden until
 * the partner reveals it.
 *
 * @example isSecretKey('consumer_key') // true
 * @example isSecretKey('help_center_url') // false
 */
export function isSecretKey(key: string): boolean {
  return SECRET_NAME.test(key);
}

export const MASK = '••••••••';
