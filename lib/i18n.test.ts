import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { messageAround, t } from './i18n';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Message>;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = join(ROOT, 'public/_locales');
// Where messages are used; tests are left out, so a test alone cannot
// keep a key alive.
const SOURCES = ['entrypoints', 'components', 'lib', 'wxt.config.ts'];
const NBSP = '\u00a0';

function readCatalogues(): Record<string, Catalogue> {
  return Object.fromEntries(
    readdirSync(LOCALES).map((language) => [
      language,
      JSON.parse(
        readFileSync(join(LOCALES, language, 'messages.json'), 'utf8'),
      ) as Catalogue,
    ]),
  );
}

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];

  return readdirSync(path).flatMap((name) => sourceFiles(join(path, name)));
}

// Comments may name a key (an @example), which is no use of it. Only
// comments after a space count, so that URLs like https://*/ stay.
function withoutComments(text: string): string {
  return text
    .replace(/(^|\s)(\/\*[\s\S]*?\*\/|<!--[\s\S]*?-->)/g, '$1')
    .replace(/(^|\s)\/\/.*$/gm, '$1');
}

function readSources(): Map<string, string> {
  const files = SOURCES.flatMap((path) => sourceFiles(join(ROOT, path)))
    .filter((file) => /\.(ts|tsx|html)$/.test(file))
    .filter((file) => !file.includes('.test.'));

  return new Map(
    files.map((file) => [file.slice(ROOT.length), readFileSync(file, 'utf8')]),
  );
}

/** The $NAME$ placeholders a message uses, lower-cased as browsers do. */
function placeholdersIn(message: string): string[] {
  const names = [...message.matchAll(/\$(\w+)\$/g)].map(([, name]) => name);

  return [...new Set(names.map((name) => (name ?? '').toLowerCase()))].sort();
}

function placeholderContents(entry: Message): string {
  return Object.entries(entry.placeholders ?? {})
    .map(([name, { content }]) => `${name.toLowerCase()}=${content}`)
    .sort()
    .join(', ');
}

/** Every language has English's keys, each filled, with its placeholders. */
function catalogueProblems(catalogues: Record<string, Catalogue>): string[] {
  const english = catalogues.en ?? {};
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const key of Object.keys(english)) {
    if (!/^\w+$/.test(key)) problems.push(`${key}: not a valid message name`);
    // Browsers look message names up without case.
    if (seen.has(key.toLowerCase())) problems.push(`${key}: duplicate name`);
    seen.add(key.toLowerCase());
  }

  for (const [language, catalogue] of Object.entries(catalogues)) {
    for (const key of Object.keys(english)) {
      if (!(key in catalogue)) problems.push(`${language}: ${key} is missing`);
    }

    for (const [key, entry] of Object.entries(catalogue)) {
      const where = `${language}: ${key}`;
      if (!(key in english)) problems.push(`${where} is not in English`);
      if (!entry.message?.trim()) problems.push(`${where} is empty`);

      const used = placeholdersIn(entry.message ?? '').join(', ');
      const defined = Object.keys(entry.placeholders ?? {})
        .map((name) => name.toLowerCase())
        .sort()
        .join(', ');
      if (used !== defined) {
        problems.push(`${where} uses [${used}] but defines [${defined}]`);
      }

      const source = english[key];
      if (
        source &&
        placeholderContents(entry) !== placeholderContents(source)
      ) {
        problems.push(`${where} has other placeholders than English`);
      }
    }
  }

  return problems;
}

/** Every key is used somewhere, and every key used exists. */
function referenceProblems(
  english: Catalogue,
  sources: Map<string, string>,
): string[] {
  const code = [...sources].map(([file, text]): [string, string] => [
    file,
    withoutComments(text),
  ]);
  const all = code.map(([, text]) => text).join('\n');
  const unused = Object.keys(english)
    .filter(
      (key) =>
        !all.includes(`'${key}'`) &&
        !all.includes(`"${key}"`) &&
        !all.includes(`__MSG_${key}__`),
    )
    .map((key) => `${key} is not used`);

  const calls =
    /\b(?:t|messageAround|localizePage)\(\s*['"]([^'"]+)['"]|__MSG_(\w+)__/g;
  const unknown = code.flatMap(([file, text]) =>
    [...text.matchAll(calls)]
      .map(([, called, manifest]) => called ?? manifest ?? '')
      .filter((key) => !(key in english))
      .map((key) => `${file} uses ${key}, which does not exist`),
  );

  return [...unused, ...unknown];
}

/** One French typography throughout: ’, « », a no-break space before :;?!». */
function frenchProblems(french: Catalogue): string[] {
  return Object.entries(french).flatMap(([key, { message }]) => [
    ...(/ [:;?!»]|« /.test(message)
      ? [`${key}: a plain space where a no-break space belongs`]
      : []),
    ...(/[^\s(«]([:;?!])/.test(message.replace(/https?:/g, ''))
      ? [`${key}: no space before : ; ? or !`]
      : []),
    ...(/['"“”]/.test(message)
      ? [`${key}: straight or English quotes instead of ’ or « »`]
      : []),
  ]);
}

describe('locales', () => {
  const catalogues = readCatalogues();
  const english = catalogues.en ?? {};

  it('has English and French', () => {
    expect(Object.keys(catalogues).sort()).toEqual(['en', 'fr']);
    expect(Object.keys(english).length).toBeGreaterThan(0);
  });

  it('gives every language every key, filled, with the same placeholders', () => {
    expect(catalogueProblems(catalogues)).toEqual([]);
  });

  it('uses every key, and only keys that exist', () => {
    expect(referenceProblems(english, readSources())).toEqual([]);
  });

  it('writes French with one typography', () => {
    expect(frenchProblems(catalogues.fr ?? {})).toEqual([]);
  });
});

describe('the locale checks', () => {
  const message = (text: string, ...names: string[]): Message => ({
    message: text,
    ...(names.length > 0
      ? {
          placeholders: Object.fromEntries(
            names.map((name, index) => [name, { content: `$${index + 1}` }]),
          ),
        }
      : {}),
  });
  const en = { savedFor: message('Saved for $HOST$.', 'host') };

  it('report a key missing in a language', () => {
    expect(catalogueProblems({ en, fr: {} })).toEqual([
      'fr: savedFor is missing',
    ]);
  });

  it('report a key that only a translation has', () => {
    const fr = { ...en, extra: message('En trop') };

    expect(catalogueProblems({ en, fr })).toEqual([
      'fr: extra is not in English',
    ]);
  });

  it('report an empty message', () => {
    const fr = { savedFor: message(' ', 'host') };

    expect(catalogueProblems({ en, fr })).toContain('fr: savedFor is empty');
  });

  it('report placeholders that differ between languages', () => {
    const fr = { savedFor: message('Enregistré pour $HÔTE$.', 'hote') };

    expect(catalogueProblems({ en, fr })).toEqual([
      'fr: savedFor uses [] but defines [hote]',
      'fr: savedFor has other placeholders than English',
    ]);
  });

  it('report a key no source uses, and a use of a key that does not exist', () => {
    const sources = new Map([['a.ts', "t('savedFr', host); // 'savedFor'"]]);

    expect(referenceProblems(en, sources)).toEqual([
      'savedFor is not used',
      'a.ts uses savedFr, which does not exist',
    ]);
  });

  it('accept a key the manifest uses', () => {
    const sources = new Map([['wxt.config.ts', "name: '__MSG_savedFor__'"]]);

    expect(referenceProblems(en, sources)).toEqual([]);
  });

  it('report French without its no-break spaces or quotes', () => {
    expect(
      frenchProblems({
        a: message('Réessayer : maintenant'),
        b: message(`Réessayer${NBSP}: maintenant`),
        c: message("l'onglet"),
      }),
    ).toEqual([
      'a: a plain space where a no-break space belongs',
      'c: straight or English quotes instead of ’ or « »',
    ]);
  });
});

describe('t', () => {
  it('fills placeholders in the English message', () => {
    expect(t('selectRow', ['int1', 'acme.ada.support'])).toBe(
      'Select installation of int1 on acme.ada.support',
    );
  });

  it('cuts a message where its element goes', () => {
    expect(messageAround('tokenFormLabel')).toEqual([
      'Access token for this installation on ',
      '',
    ]);
  });
});
