// Node only (tests, `npm run i18n:status`, the translation tools, vite.config.ts): the review state of
// every translated string a person sees, wherever it lives, and the rules that keep it honest. The
// locale files' strings are recorded in locales/review-status.json; a place's own words (its names,
// its agencies' names and descriptions: src/jurisdiction/<place>/names.json and words.json) in the
// place's own review-status.json, keyed `place:<path>`. Each entry records the hash of the English text
// it was translated from, so a changed English string makes its translations stale; a reviewed entry
// also records the hash of the text the reviewer approved.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ReviewState = 'draft' | 'reviewed';

export interface ReviewEntry {
  state: ReviewState;
  /** Hash of the English text this translation was made from. */
  en: string;
  /** Reviewed entries only: hash of the translation as the reviewer approved it. */
  text?: string;
}

/** Language → "namespace:key.path" → entry. */
export type ReviewFile = Record<string, Record<string, ReviewEntry>>;

/** "namespace:key.path" → text. */
export type Strings = Record<string, string>;

/** What a string's entry says: `stale` when the English changed since, `changed` when the
 *  translation was edited after its review, `missing` when it has no entry. */
export type Status = ReviewState | 'stale' | 'changed' | 'missing';

export const fingerprint = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

export function statusOf(entry: ReviewEntry | undefined, english: string, translation: string): Status {
  if (!entry) return 'missing';
  if (entry.en !== fingerprint(english)) return 'stale';
  if (entry.state === 'reviewed' && entry.text !== fingerprint(translation)) return 'changed';
  return entry.state;
}

/** Everything that must fail `npm test`: a string without an entry, a stale or since-edited string
 *  marked reviewed, an entry for a string that no longer exists, an unknown state. */
export function problems(review: ReviewFile, english: Strings, translations: Record<string, Strings>): string[] {
  return Object.entries(translations).flatMap(([language, words]) => {
    const entries = review[language] ?? {};
    const found: string[] = [];
    for (const key of Object.keys(english)) {
      const entry = entries[key];
      const status = statusOf(entry, english[key], words[key] ?? '');
      if (status === 'missing') found.push(`${language} ${key}: no review entry`);
      else if (entry.state !== 'draft' && entry.state !== 'reviewed') found.push(`${language} ${key}: unknown state "${entry.state}"`);
      else if (status === 'stale' && entry.state === 'reviewed') found.push(`${language} ${key}: marked reviewed, but its English text changed since`);
      else if (status === 'changed') found.push(`${language} ${key}: marked reviewed, but the translation was edited since`);
    }
    for (const key of Object.keys(entries)) if (!(key in english)) found.push(`${language} ${key}: entry for a string that no longer exists`);
    return found;
  });
}

export type Counts = Record<'reviewed' | 'draft' | 'stale' | 'missing', number>;

export function counts(review: ReviewFile, english: Strings, words: Strings, language: string): Counts {
  const result: Counts = { reviewed: 0, draft: 0, stale: 0, missing: 0 };
  for (const key of Object.keys(english)) {
    const status = statusOf(review[language]?.[key], english[key], words[key] ?? '');
    result[status === 'changed' ? 'draft' : status] += 1;
  }
  return result;
}

export function isFullyReviewed(review: ReviewFile, english: Strings, words: Strings, language: string): boolean {
  const { reviewed } = counts(review, english, words, language);
  return reviewed === Object.keys(english).length;
}

/**
 * Brings the file in line with the strings, never marking anything reviewed: a new string gets a
 * draft entry; a reviewed entry whose English or translation changed goes back to draft, keeping
 * its old English hash so it still shows as stale; entries for strings that no longer exist go.
 */
export function sync(review: ReviewFile, english: Strings, translations: Record<string, Strings>): ReviewFile {
  return Object.fromEntries(
    Object.entries(translations).map(([language, words]) => {
      const entries = review[language] ?? {};
      const synced = Object.keys(english).map((key): [string, ReviewEntry] => {
        const entry = entries[key];
        const status = statusOf(entry, english[key], words[key] ?? '');
        if (status === 'missing') return [key, { state: 'draft', en: fingerprint(english[key]) }];
        if (entry.state === 'reviewed' && (status === 'stale' || status === 'changed')) return [key, { state: 'draft', en: entry.en }];
        return [key, entry];
      });
      return [language, Object.fromEntries(synced)];
    }),
  );
}

/**
 * A translator's act: marks the strings of a language whose key starts with one of `prefixes` (all
 * when none) as made from the current English, reviewed or still a draft.
 */
export function mark(
  review: ReviewFile,
  english: Strings,
  words: Strings,
  language: string,
  state: ReviewState,
  prefixes: string[],
): ReviewFile {
  const entries = { ...review[language] };
  for (const key of Object.keys(english)) {
    if (prefixes.length > 0 && !prefixes.some((prefix) => key.startsWith(prefix))) continue;
    entries[key] = entryFor(state, english[key], words[key] ?? '');
  }
  return { ...review, [language]: entries };
}

/** The entry a translator's act records for one string: made from this English and, when
 *  reviewed, approving this translation. */
export function entryFor(state: ReviewState, english: string, translation: string): ReviewEntry {
  return state === 'reviewed' ? { state, en: fingerprint(english), text: fingerprint(translation) } : { state, en: fingerprint(english) };
}

/** One entry per line, so a diff shows exactly which strings changed state. */
export function serialize(review: ReviewFile): string {
  const languages = Object.entries(review).map(([language, entries]) => {
    const lines = Object.entries(entries).map(([key, entry]) => `    ${JSON.stringify(key)}: ${JSON.stringify(entry)}`);
    return `  ${JSON.stringify(language)}: {\n${lines.join(',\n')}\n  }`;
  });
  return languages.length > 0 ? `{\n${languages.join(',\n')}\n}\n` : '{}\n';
}

// --- Reading the files ---------------------------------------------------------------------------

export const reviewFileName = 'review-status.json';

export type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix: string): Strings {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) =>
      typeof value === 'string' ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

/** i18next's plural suffixes: a language has the forms its plural rules name (Russian four, Chinese one). */
export const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/** One string per plural key, all its forms together: each language's forms are reviewed as one
 *  string, made from the English forms as one string, whatever number of forms each has. */
function foldPlurals(strings: Strings): Strings {
  const folded: Strings = {};
  for (const [key, text] of Object.entries(strings)) {
    const base = key.replace(pluralSuffix, '');
    folded[base] = base in folded ? `${folded[base]} | ${text}` : text;
  }
  return folded;
}

/** The strings of one locale file as the review record keys them: `<namespace>:<key.path>`, plurals folded. */
export function localeStrings(tree: Tree, namespace: string): Strings {
  return foldPlurals(flatten(tree, `${namespace}:`));
}

export interface Locales {
  english: Strings;
  /** Every language but English → its strings. */
  translations: Record<string, Strings>;
  review: ReviewFile;
  /** Where the review record is kept. */
  reviewPath: string;
}

/** Every locale folder and namespace file under `dir`, flattened, and the review file. */
export function readLocales(dir: string): Locales {
  const read = (language: string) =>
    Object.assign(
      {},
      ...readdirSync(join(dir, language))
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => localeStrings(JSON.parse(readFileSync(join(dir, language, file), 'utf8')), file.slice(0, -5))),
    ) as Strings;
  const languages = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en')
    .map((entry) => entry.name)
    .sort();
  const reviewPath = join(dir, reviewFileName);
  return { english: read('en'), translations: Object.fromEntries(languages.map((code) => [code, read(code)])), review: readReview(reviewPath), reviewPath };
}

function readReview(path: string): ReviewFile {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    // No file yet: every string is missing its entry, and --sync writes one.
    return {};
  }
}

/** A place's files of its own words, each a tree whose leaves give a text in each language. */
export const placeWordFiles = ['names.json', 'words.json'] as const;

/** The namespace of a place's own words in review keys and translation units: `place:names.county`. */
export const placeNamespace = 'place';

export type Forms = Record<string, string>;
export type PlaceTree = { [key: string]: PlaceTree | Forms };

/** A leaf of a place's words: every value a string, keyed by language ({ en: …, es: … }). */
export const isForms = (node: PlaceTree | Forms): node is Forms => 'en' in node && typeof node.en === 'string';

/** Every text of a place's words in one language, keyed `place:<path>`; a missing form is left out. */
export function flattenPlaceWords(tree: PlaceTree, language: string, prefix = `${placeNamespace}:`): Strings {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, node]) => {
      if (isForms(node)) return node[language] === undefined ? [] : [[prefix + key, node[language]]];
      return Object.entries(flattenPlaceWords(node, language, `${prefix}${key}.`));
    }),
  );
}

/** The languages a place's words give forms in, besides English. */
function languagesOf(tree: PlaceTree): string[] {
  const found = new Set<string>();
  const visit = (node: PlaceTree | Forms) => (isForms(node) ? Object.keys(node).forEach((code) => found.add(code)) : Object.values(node).forEach(visit));
  visit(tree);
  found.delete('en');
  return [...found].sort();
}

/** A place's own words (in the languages it gives forms in besides English) and their review record. */
export function readPlaceWords(placeDir: string): Locales {
  const tree: PlaceTree = Object.assign(
    {},
    ...placeWordFiles.map((file) => JSON.parse(readFileSync(join(placeDir, file), 'utf8')) as PlaceTree),
  );
  const reviewPath = join(placeDir, reviewFileName);
  const translations = Object.fromEntries(languagesOf(tree).map((code) => [code, flattenPlaceWords(tree, code)]));
  return { english: flattenPlaceWords(tree, 'en'), translations, review: readReview(reviewPath), reviewPath };
}

/** The languages whose every string, in every body of strings given, is reviewed against the current English. */
export function reviewedLanguages(...bodies: Locales[]): string[] {
  const [first, ...rest] = bodies;
  return Object.keys(first.translations).filter((language) =>
    [first, ...rest].every(
      ({ english, translations, review }) => !translations[language] || isFullyReviewed(review, english, translations[language], language),
    ),
  );
}
