import { storage } from 'wxt/utils/storage';
import { AdaId } from './ada-id-schema';
import type { DashboardPage } from './dashboard-page';
import { tokenPreview } from './token-input';
import { z } from './zod';

const StoredToken = z.object({
  host: z.string(),
  integrationId: AdaId,
  token: z.string(),
  addedAt: z.number(),
});
type StoredToken = z.infer<typeof StoredToken>;

/** What pages may see of a stored token: never its value. */
export const TokenSummary = z.object({
  host: z.string(),
  integrationId: z.string(),
  preview: z.string(),
  addedAt: z.number(),
});
export type TokenSummary = z.infer<typeof TokenSummary>;

// Versioned so the shape can migrate; v1 is a map keyed by host and id.
const vaultItem = storage.defineItem<Record<string, unknown>>('local:tokens', {
  fallback: {},
  version: 1,
});

function keyOf(host: string, integrationId: string): string {
  return `${host} ${integrationId}`;
}

/** Stored entries that still parse; a corrupt one is skipped, not fatal. */
async function readVault(): Promise<Map<string, StoredToken>> {
  const raw = await vaultItem.getValue();
  const entries = new Map<string, StoredToken>();
  for (const [key, value] of Object.entries(raw)) {
    const parsed = StoredToken.safeParse(value);
    if (parsed.success) entries.set(key, parsed.data);
  }

  return entries;
}

async function writeVault(entries: Map<string, StoredToken>): Promise<void> {
  await vaultItem.setValue(Object.fromEntries(entries));
}

export async function findToken(
  page: DashboardPage,
): Promise<StoredToken | undefined> {
  const entries = await readVault();

  return entries.get(keyOf(page.instance.host, page.integrationId));
}

export async function saveToken(
  page: DashboardPage,
  token: string,
  now = Date.now(),
): Promise<void> {
  const entries = await readVault();
  const { host } = page.instance;
  entries.set(keyOf(host, page.integrationId), {
    host,
    integrationId: page.integrationId,
    token,
    addedAt: now,
  });

  await writeVault(entries);
}

export async function removeToken(
  host: string,
  integrationId: string,
): Promise<void> {
  const entries = await readVault();
  if (!entries.delete(keyOf(host, integrationId))) return;

  await writeVault(entries);
}

export async function listTokens(): Promise<TokenSummary[]> {
  const entries = await readVault();

  return [...entries.values()]
    .map(({ host, integrationId, token, addedAt }) => ({
      host,
      integrationId,
      addedAt,
      preview: tokenPreview(token),
    }))
    .sort((a, b) =>
      keyOf(a.host, a.integrationId).localeCompare(
        keyOf(b.host, b.integrationId),
      ),
    );
}
