import { AdaId } from './ada-id-schema';
import { SettableStatus } from './installation';
import { z } from './zod';

// Payloads arrive from other contexts, so the background parses each one.
export const PageRequest = z.object({ pageUrl: z.string() });
export const StatusRequest = z.object({
  pageUrl: z.string(),
  installationId: AdaId,
  status: SettableStatus,
  /** The status the sender saw, for the history and its undo. */
  from: z.optional(z.nullable(z.string())),
});
export const SaveTokenRequest = z.object({
  pageUrl: z.string(),
  token: z.string(),
});
export const TokenRef = z.object({ host: z.string(), integrationId: AdaId });
export const EntryRef = z.object({ id: z.string() });
