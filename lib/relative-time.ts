import { uiLanguage } from './i18n';

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/**
 * How long ago a moment was, in the partner's language: "5 minutes ago".
 *
 * @example timeAgo(Date.now() - 120_000) // '2 minutes ago'
 */
export function timeAgo(then: number, now = Date.now(), locale = uiLanguage()) {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const elapsed = now - then;
  for (const [unit, size] of STEPS) {
    if (elapsed >= size)
      return format.format(-Math.floor(elapsed / size), unit);
  }

  return format.format(0, 'minute');
}
