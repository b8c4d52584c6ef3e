import { type MessageKey, t } from './i18n';

const LABELS = new Map<string, MessageKey>([
  ['complete', 'statusComplete'],
  ['incomplete', 'statusIncomplete'],
]);

const WORDS = new Map<string, MessageKey>([
  ['complete', 'statusWordComplete'],
  ['incomplete', 'statusWordIncomplete'],
]);

/** Whether the extension has words for an Ada status. */
export function isKnownStatus(status: string): boolean {
  return LABELS.has(status);
}

/**
 * An Ada status as a label ("Complete"); a status the extension does not
 * know stays as Ada sent it.
 */
export function statusLabel(status: string): string {
  const key = LABELS.get(status);

  return key ? t(key) : status;
}

/**
 * An Ada status inside a sentence ("complete"); a status the extension
 * does not know stays as Ada sent it.
 */
export function statusWord(status: string): string {
  const key = WORDS.get(status);

  return key ? t(key) : status;
}
