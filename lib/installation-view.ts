import type { DashboardPage } from './dashboard-page';
import type { Failure } from './failure';
import type { Installation } from './installation';

/** What the background answers about one dashboard page's installation. */
export type InstallationView =
  | {
      state: 'ready';
      page: DashboardPage;
      record: Installation;
      tokenAddedAt: number;
    }
  | { state: 'no-token'; page: DashboardPage }
  | {
      state: 'failed';
      page: DashboardPage;
      failure: Failure;
      tokenAddedAt?: number;
    };
