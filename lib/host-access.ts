import { browser } from 'wxt/browser';
const ADA_ORIGINS = ['https://*.ada.support/*'];

/**
 * Whether the extension may talk to Ada hosts. Chrome grants the host
 * permission at install; Firefox MV3 lets the user withhold or revoke it.
 */
export function hasAdaAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: ADA_ORIGINS });
}

/** Asks for the Ada host permission; needs a user gesture in the caller. */
export function requestAdaAccess(): Promise<boolean> {
  return browser.permissions.request({ origins: ADA_ORIGINS });
}
