import type { DashboardPage } from './dashboard-page';
import type { SettableStatus } from './installation';

/**
 * The status change as a curl command a partner can paste into a shell.
 * The token stays a shell variable, `$ADA_TOKEN`: copied text never holds
 * one.
 *
 * @example curlForStatus(page, '65f0…', 'complete')
 */
export function curlForStatus(
  page: DashboardPage,
  installationId: string,
  status: SettableStatus,
): string {
  const url = `${page.instance.origin}/api/v2/platform-integrations/${encodeURIComponent(page.integrationId)}/installations/${encodeURIComponent(installationId)}`;

  return [
    `curl -X PATCH '${url}' \\`,
    `  -H "Authorization: Bearer $ADA_TOKEN" \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -d '{"status":"${status}"}'`,
  ].join('\n');
}
