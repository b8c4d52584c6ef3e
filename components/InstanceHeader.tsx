import type { DashboardPage } from '@/lib/dashboard-page';
import { t } from '@/lib/i18n';

/** Which customer's instance and which integration an action will touch. */
export function InstanceHeader({ page }: { page: DashboardPage }) {
  const { handle, region, host } = page.instance;

  return (
    <header class="instance">
      <h1 class="instance-handle" data-testid="instance" title={host}>
        {handle}
        {region ? <span class="region">{region}</span> : null}
      </h1>
      <p class="muted">
        {t('labelIntegration')}{' '}
        <code data-testid="integration-id">{page.integrationId}</code>
      </p>
    </header>
  );
}
