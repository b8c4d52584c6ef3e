import { uiLanguage } from './i18n';

/**
 * An Ada timestamp in the partner's own locale and time zone; the raw text
 * when it is not a date, and an em dash when it is missing.
 */
export function formatAdaDate(
  value: string | null | undefined,
  locale = uiLanguage(),
): string {
  if (!value) return '—';

  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;

  return date.toLocaleString(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
