import { browser } from 'wxt/browser';
/**
 * A message name from public/_locales/en/messages.json; `wxt prepare`
 * generates the names into .wxt/types/i18n.d.ts.
 */
export type MessageKey = Exclude<
  Parameters<typeof browser.i18n.getMessage>[0],
  `@@${string}`
>;

type Substitution = string | number;

/**
 * The message `key` in the browser's language, its placeholders filled in
 * the order they appear in the English message.
 *
 * @example t('savedFor', 'acme.ada.support') // 'Saved for acme.ada.support.'
 */
export function t(
  key: MessageKey,
  substitutions: Substitution | readonly Substitution[] = [],
): string {
  return browser.i18n.getMessage(key, [substitutions].flat().map(String));
}

// A private-use character: no translation contains it, so it marks where
// an element goes in a message.
const SLOT = '\u{E000}';

/**
 * A message cut at its one placeholder, for a sentence that holds an
 * element (bold text, code) where the placeholder stands.
 *
 * @example
 * const [before, after] = messageAround('tokenFormLabel');
 * // <label>{before}<strong>{host}</strong>{after}</label>
 */
export function messageAround(key: MessageKey): [string, string] {
  const [before = '', after = ''] = t(key, SLOT).split(SLOT);

  return [before, after];
}

/** The browser's language, for dates and relative times through `Intl`. */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}

/** Gives an extension page the language and title of its messages. */
export function localizePage(title: MessageKey): void {
  document.documentElement.lang = t('htmlLang');
  document.title = t(title);
}
