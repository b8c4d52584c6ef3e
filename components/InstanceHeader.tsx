import type { DashboardPage } from '@/lib/dashboard-page';

/** Which customer's instance and which integration an action will touch. */
export function InstanceHeader({ page }: { page: DashboardPage }) {
  const { handle, region, host } = page.instance;

  return (
    <header class="instance">
      <p class="instance-handle" data-testid="instance" title={host}>
        {handle}
        {region ? <span class="region">{region}</span> : null}
      </p>
      <p class="muted">
        Integration{' '}
        <code data-testid="integration-id">{page.integrationId}</code>
      </p>
    </header>
  );
}
