import { z } from './zod';

const AdaErrorItem = z.looseObject({
  type: z.nullish(z.string()),
  message: z.nullish(z.string()),
  details: z.nullish(z.unknown()),
});

/** Ada's error body: always an array, even for one error. */
export const AdaErrorBody = z.looseObject({ errors: z.array(AdaErrorItem) });
export type AdaErrorBody = z.infer<typeof AdaErrorBody>;

/** The first human-readable message in an error body, if it has one. */
export function firstAdaMessage(body: unknown): string | undefined {
  const parsed = AdaErrorBody.safeParse(body);
  if (!parsed.success) return undefined;

  const item = parsed.data.errors.find((error) => error.message);

  return item?.message ?? undefined;
}
