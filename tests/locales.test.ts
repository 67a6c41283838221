// Every locale (every supported language, offered or not) has exactly the English keys, none
// empty, with the same placeholders and tags, so no one ever meets a raw key, a hole, or a number
// lost in translation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { supportedLanguages as languages } from '../src/i18n/supportedLanguages';

const localesDir = join(process.cwd(), 'locales');

type Tree = { [key: string]: string | Tree };

const namespaces = ['translation', 'outcome', 'safety', 'kiosk', 'learn', 'review'] as const;

function read(code: string, namespace: (typeof namespaces)[number] = 'translation'): Tree {
  return JSON.parse(readFileSync(join(localesDir, code, `${namespace}.json`), 'utf8'));
}

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** Placeholders such as {{number}} and tags such as <call>, which a translation must keep. */
const tokens = (text: string) => (text.match(/\{\{\w+\}\}|<\/?\w+>/g) ?? []).sort();

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** Plural forms folded into one entry per key (its forms' texts joined), since each language has the
 *  forms its own plural rules name: English "one" and "other", Russian four, Chinese only "other". */
function foldPlurals(strings: Record<string, string>): Record<string, string> {
  const folded: Record<string, string> = {};
  for (const [key, text] of Object.entries(strings)) {
    const base = key.replace(pluralSuffix, '');
    folded[base] = base in folded ? `${folded[base]} ${text}` : text;
  }
  return folded;
}

/** The plural forms `code` needs, as i18next names them (from the same rules the browser uses). */
const pluralForms = (code: string) => new Intl.PluralRules(code).resolvedOptions().pluralCategories.slice().sort();


describe('locales', () => {
  it('has a folder for every language in the list, and no other', () => {
    const folders = readdirSync(localesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.sort()).toEqual(languages.map((language) => language.code).sort());
  });

  describe.each(languages.flatMap((language) => namespaces.map((namespace) => [language.code, namespace] as const)))(
    '%s %s.json',
    (code, namespace) => {
      const english = foldPlurals(flatten(read('en', namespace)));
      const forms = flatten(read(code, namespace));
      const words = foldPlurals(forms);

      it('has exactly the English keys', () => expect(Object.keys(words).sort()).toEqual(Object.keys(english).sort()));

      it('has every plural form its language needs, and no other', () => {
        const plurals = Object.keys(forms).filter((key) => pluralSuffix.test(key));
        for (const base of new Set(plurals.map((key) => key.replace(pluralSuffix, '')))) {
          const found = plurals.filter((key) => key.replace(pluralSuffix, '') === base).map((key) => key.match(pluralSuffix)![1]);
          expect(found.sort(), base).toEqual(pluralForms(code));
        }
      });

      it('has no empty text', () => {
        expect(Object.entries(words).filter(([, text]) => !text.trim())).toEqual([]);
      });

      it('keeps every placeholder and tag', () => {
        // A plural key's forms together: each placeholder somewhere in them (one form may spell out "once").
        const used = (key: string, text: string) =>
          (pluralSuffix.test(Object.keys(forms).find((form) => form.replace(pluralSuffix, '') === key) ?? '') ? [...new Set(tokens(text))] : tokens(text)).join();
        const differing = Object.keys(english).filter((key) => key in words && used(key, words[key]) !== used(key, english[key]));
        expect(differing).toEqual([]);
      });

      it('keeps every phone number and web address as in English', () => {
        const data = /\b\d{3}-\d{3}-\d{4}\b|\b[a-z0-9-]+\.(org|gov|com)\b/g;
        const changed = Object.keys(english).filter(
          (key) => (english[key].match(data) ?? []).some((item) => !words[key]?.includes(item)),
        );
        expect(changed).toEqual([]);
      });
    },
  );
});
