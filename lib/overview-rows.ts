import type { ChangeEntry } from './change-history';
import { dashboardUrl, pageOf } from './dashboard-page';
import type { TokenSummary } from './token-vault';

/** One installation on the overview: the extension holds one token each. */
export interface OverviewRow {
  /** Host and integration id, the vault's own key. */
  key: string;
  host: string;
  handle: string;
  region?: string;
  integrationId: string;
  tokenAddedAt: number;
  /**
   * The integration's dashboard page, which messages name and the row links
   * to; missing when a stored host is no longer a valid Ada host.
   */
  pageUrl?: string;
}

/** The overview's rows, in the vault's order (host, then integration). */
export function overviewRows(tokens: readonly TokenSummary[]): OverviewRow[] {
  return tokens.map(({ host, integrationId, addedAt }) => {
    const page = pageOf(host, integrationId);
    const base = {
      key: `${host} ${integrationId}`,
      host,
      integrationId,
      tokenAddedAt: addedAt,
    };
    if (!page) return { ...base, handle: host };

    const { handle, region } = page.instance;

    return {
      ...base,
      handle,
      ...(region ? { region } : {}),
      pageUrl: dashboardUrl(page),
    };
  });
}

/** The newest recorded change of a row's installation, if any. */
export function lastChangeOf(
  history: readonly ChangeEntry[],
  row: Pick<OverviewRow, 'host' | 'integrationId'>,
): ChangeEntry | undefined {
  // The history is stored newest first.
  return history.find(
    (entry) =>
      entry.host === row.host && entry.integrationId === row.integrationId,
  );
}
