import { isAdaId } from './ada-id';
import { type AdaInstance, instanceFromUrl, parseUrl } from './ada-instance';

export interface DashboardPage {
  instance: AdaInstance;
  integrationId: string;
}

// `pathname` keeps percent-escapes, so `%2F` or `%2e%2e` in the id segment
// fail the id check instead of being decoded into a path change.
const INTEGRATION_PATH = /^\/platform\/integrations\/([^/]+)(?:\/.*)?$/;

/**
 * The Ada dashboard integration page a URL shows, or `undefined` for any
 * other URL. Only the URL is read: Ada does not document the page's DOM.
 *
 * @example readDashboardPage('https://acme.ada.support/platform/integrations/5df2')
 */
export function readDashboardPage(rawUrl: string): DashboardPage | undefined {
  const url = parseUrl(rawUrl);
  if (!url) return undefined;

  const instance = instanceFromUrl(url);
  if (!instance) return undefined;

  const integrationId = INTEGRATION_PATH.exec(url.pathname)?.[1];
  if (!isAdaId(integrationId)) return undefined;

  return { instance, integrationId };
}

export function samePage(a: DashboardPage, b: DashboardPage): boolean {
  return (
    a.instance.origin === b.instance.origin &&
    a.integrationId === b.integrationId
  );
}

export function dashboardUrl(page: DashboardPage): string {
  return `${page.instance.origin}/platform/integrations/${page.integrationId}`;
}

/**
 * The integration page of a stored host and integration id (a token, a
 * history entry), checked like any URL read from a tab.
 *
 * @example pageOf('acme.ada.support', '5df2')
 */
export function pageOf(
  host: string,
  integrationId: string,
): DashboardPage | undefined {
  return readDashboardPage(
    `https://${host}/platform/integrations/${integrationId}`,
  );
}
