import { z } from './zod';

export const SETTABLE_STATUSES = ['complete', 'incomplete'] as const;
export const SettableStatus = z.enum(SETTABLE_STATUSES);
export type SettableStatus = z.infer<typeof SettableStatus>;

// Ada's reference marks every field optional in one rendering and
// "string or null" in another, so each field is nullish and unknown extra
// fields and status values pass through untouched.
export const Installation = z.looseObject({
  id: z.nullish(z.string()),
  platform_integration_id: z.nullish(z.string()),
  created: z.nullish(z.string()),
  updated: z.nullish(z.string()),
  configuration: z.nullish(z.unknown()),
  status: z.nullish(z.string()),
});
export type Installation = z.infer<typeof Installation>;

export const TokenOwner = z.looseObject({
  platform_integration_installation_id: z.nullish(z.string()),
  client_handle: z.nullish(z.string()),
});
export type TokenOwner = z.infer<typeof TokenOwner>;
