// Unit and component tests read the English messages, as a browser with an
// English UI would: WXT's fakeBrowser leaves browser.i18n unimplemented.
import { fakeBrowser } from 'wxt/testing';
import english from './public/_locales/en/messages.json';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Record<string, Message> = english;

// The browser's rules: $NAME$ becomes its placeholder's content, then $1…$9
// the substitutions, and $$ a dollar sign.
function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = MESSAGES[name];
  if (!entry) throw new Error(`No message "${name}" in the English messages.`);

  const values = substitutions === undefined ? [] : [substitutions].flat();

  return entry.message
    .replace(
      /\$(\w+)\$/g,
      (_, placeholder: string) =>
        entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '',
    )
    .replace(/\$(\$|[1-9])/g, (_, mark: string) =>
      mark === '$' ? '$' : (values[Number(mark) - 1] ?? ''),
    );
}

// Assigned, not spied on: `restoreMocks` would undo a spy after each test.
Object.assign(fakeBrowser.i18n, {
  getMessage,
  // The runtime's own locale, as the tests had before the extension passed
  // one to Intl.
  getUILanguage: () => new Intl.DateTimeFormat().resolvedOptions().locale,
});
