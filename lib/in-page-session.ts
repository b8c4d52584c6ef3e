import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import {
  type DashboardPage,
  readDashboardPage,
  samePage,
} from './dashboard-page';
import type { InstallationView } from './installation-view';
import { type InPageControl, mountInPageControl } from './in-page-control';
import { sendMessage } from './messages';

/**
 * Keeps one in-page control on the dashboard while the tab shows an
 * integration page, following the SPA's client-side navigation, and
 * removes it when the extension goes away.
 */
export function runInPageSession(ctx: ContentScriptContext): void {
  let control: InPageControl | undefined;
  let current: DashboardPage | undefined;

  const ask = async (
    page: DashboardPage,
    request: () => Promise<InstallationView>,
  ) => {
    try {
      const view = await request();
      // The tab may have moved on to another integration meanwhile.
      if (ctx.isValid && current && samePage(current, page)) {
        control?.show({ phase: 'view', view });
      }
    } catch {
      // The extension was reloaded or removed: nothing can act any more.
      if (!ctx.isValid) control?.remove();
    }
  };

  const sync = () => {
    const page = readDashboardPage(location.href);
    if (page && current && samePage(page, current)) return;

    control?.remove();
    control = undefined;
    current = page;
    if (!page) return;

    const mounted = mountInPageControl(
      page.integrationId,
      (installationId, status, from) => {
        mounted.show({ phase: 'busy', status });
        const pageUrl = location.href;
        void ask(page, () =>
          sendMessage('setStatus', { pageUrl, installationId, status, from }),
        );
      },
    );
    control = mounted;
    mounted.show({ phase: 'loading' });
    const pageUrl = location.href;
    void ask(page, () => sendMessage('getInstallation', { pageUrl }));
  };

  // The event's own payload is ignored: a page can dispatch look-alikes.
  // The URL commits right after the navigation event, hence the timeout.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // A plain timer: ctx.setTimeout adds an abort listener per call that it
    // never removes, one leaked listener per navigation.
    setTimeout(() => {
      if (ctx.isValid) sync();
    }, 0);
  });
  // Firefox commits the URL of a Back navigation only after that timeout;
  // popstate comes once it has. A second sync of the same page is a no-op.
  ctx.addEventListener(window, 'popstate', sync);
  ctx.onInvalidated(() => control?.remove());
  sync();
}
