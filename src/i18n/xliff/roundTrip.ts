// The translators' round trip: one language's strings out to an XLIFF 2.0 file, and a file that
// comes back into the locale files, the place's words and the review records. The import checks
// every unit first and changes nothing unless the whole file is sound; a file sent back untouched
// changes no byte. `npm run i18n:export` and `npm run i18n:import` (export.mjs, import.mjs) run it
// on the repository; the tests run it on a copy.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  counts,
  entryFor,
  flattenPlaceWords,
  localeStrings,
  readLocales,
  readPlaceWords,
  serialize,
  type Counts,
  type ReviewFile,
  type Strings,
} from '../reviewStatus';
import { supportedLanguages } from '../supportedLanguages';
import { canonicalLanguage, readDocument, segmentStates, writeDocument, type SegmentState, type UnitIn } from './document';
import { fromInline, toInline } from './inline';
import { checkTranslation } from './markup';
import {
  jsonText,
  localeUnits,
  placeFileOf,
  placeUnits,
  readLocaleTrees,
  readPlaceTrees,
  setLocaleString,
  setPlaceForm,
  type Paths,
  type Unit,
} from './units';
import { notesFor } from './where';

export interface Words extends Paths {
  /** The place's id (PLACE), which its own words are exported with. */
  place: string;
  /** The languages the place offers (its own words are translated only into these). */
  placeLanguages: readonly string[];
}

/** The metadata each unit carries: what the import needs to tell what a translation was made from. */
export const meta = { fingerprint: 'english-fingerprint', language: 'language', place: 'place' } as const;

export const languageName = (code: string) => supportedLanguages.find((language) => language.code === code)?.name ?? code;

/** Every language with a folder of words, English aside. */
export function translatedLanguages(localesDir: string): string[] {
  const order: readonly string[] = supportedLanguages.map((language) => language.code);
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'en')
    .map((entry) => entry.name)
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/** Every string of one language, the locale files' then the place's own (when the place offers it). */
export function unitsOf(words: Words, language: string): Unit[] {
  const { review } = readLocales(words.localesDir);
  return [...localeUnits(words.localesDir, language, review), ...(words.placeLanguages.includes(language) ? placeUnits(words.placeDir, language) : [])];
}

function englishById(words: Words): Record<string, string> {
  const { review } = readLocales(words.localesDir);
  return Object.fromEntries([...localeUnits(words.localesDir, 'en', review), ...placeUnits(words.placeDir, 'en')].map((unit) => [unit.id, unit.english]));
}

const staleNote = 'The English has changed since this translation was made: the old translation is kept for reference. Translate the English as it is now.';

/** The XLIFF 2.0 file of one language, and how many of its units are in each state. */
export async function exportLanguage(words: Words, language: string): Promise<{ xliff: string; units: Unit[] }> {
  const units = unitsOf(words, language);
  const notes = notesFor(language, englishById(words));
  const xliff = await writeDocument({
    sourceLanguage: 'en',
    targetLanguage: language,
    units: units.map((unit) => ({
      file: unit.file,
      id: unit.id,
      source: toInline(unit.english, unit.english, unit.plural !== undefined),
      target: unit.target === undefined ? undefined : toInline(unit.target, unit.english, unit.plural !== undefined),
      state: unit.state,
      notes: [...notes(unit), ...(unit.stale && unit.target !== undefined ? [staleNote] : [])],
      meta: { [meta.fingerprint]: unit.fingerprint, [meta.language]: language, ...(unit.file === 'place' ? { [meta.place]: words.place } : {}) },
    })),
  });
  return { xliff, units };
}

export interface Write {
  path: string;
  text: string;
}

export type ImportResult =
  | { problems: string[] }
  | {
      language: string;
      /** Strings whose translation changed. */
      changed: number;
      /** Strings this file marked reviewed. */
      reviewed: number;
      /** The language's state once written, every body of strings together. */
      now: Counts;
      /** The files to write (only those whose bytes change). */
      writes: Write[];
    };

type Accepted = { unit: Unit; target?: string; state: SegmentState };

/** `final` means reviewed here: nothing is more settled than a qualified translator's approval. */
const settled = (state: SegmentState): SegmentState => (state === 'final' ? 'reviewed' : state);

/** Whether a unit was made from today's English: by the fingerprint it was sent with or, from a tool
 *  that dropped the unit's metadata, by the English source it still carries. */
function madeFromToday(incoming: UnitIn, unit: Unit): boolean {
  const sent = incoming.meta[meta.fingerprint];
  if (sent !== undefined) return sent === unit.fingerprint;
  const source = incoming.sources.map((nodes) => fromInline(nodes, unit.english));
  return source.every((part) => 'text' in part) && source.map((part) => ('text' in part ? part.text : '')).join('') === unit.english;
}

/** Checks a translated file against the current words; when it is sound, what to write. Writes nothing. */
export async function importTranslations(words: Words, text: string, label: string): Promise<ImportResult> {
  const document = await readDocument(text);
  if ('problem' in document) return { problems: [`${label}: ${document.problem}`] };
  const language = document.targetLanguage ?? '';
  const languages = translatedLanguages(words.localesDir);
  if (document.sourceLanguage !== 'en') return { problems: [`${label}: its source language is "${document.sourceLanguage ?? ''}", not English (en)`] };
  if (!languages.includes(language)) {
    return { problems: [`${label}: its language (trgLang) is "${language}", which this tool has no words for; it has ${languages.join(', ')}`] };
  }

  const current = new Map(unitsOf(words, language).map((unit) => [unit.id, unit]));
  const problems: string[] = [];
  const accepted: Accepted[] = [];
  const seen = new Set<string>();
  for (const incoming of document.units) {
    const problem = (reason: string) => problems.push(`${label}: ${incoming.id}: ${reason}`);
    const unit = current.get(incoming.id);
    const exportedFor = canonicalLanguage(incoming.meta[meta.language]);
    const lang = incoming.parts.find((part) => part?.lang && part.lang !== language)?.lang;
    if (seen.has(incoming.id)) problem('appears more than once in the file');
    else if (exportedFor !== undefined && exportedFor !== language) {
      problem(`was exported for ${languageName(exportedFor)} (${exportedFor}), but the file's language is ${languageName(language)} (${language})`);
    } else if (lang) problem(`its translation is marked as ${lang}, but the file's language is ${language}`);
    else if (incoming.meta[meta.place] !== undefined && incoming.meta[meta.place] !== words.place) {
      problem(`is one of the words of ${incoming.meta[meta.place]}, but the import is for ${words.place}: run it with PLACE=${incoming.meta[meta.place]}`);
    } else if (incoming.file === 'place' && !words.placeLanguages.includes(language)) problem(`this place does not offer ${languageName(language)} (${language})`);
    else if (!unit) problem('no such string: it was renamed or removed since the export, or its id was changed');
    else if (unit.file !== incoming.file) problem(`is in the file "${incoming.file}", but belongs in "${unit.file}"`);
    else if (!madeFromToday(incoming, unit)) {
      problem(`stale: its English has changed since the file was exported (it now reads "${unit.english}"); export the language again and translate the new English`);
    } else if (!(segmentStates as readonly string[]).includes(incoming.state)) {
      problem(`its state "${incoming.state}" is not one of XLIFF 2.0's (${segmentStates.join(', ')})`);
    } else {
      const state = incoming.state as SegmentState;
      const read = incoming.parts.map((part) => (part ? fromInline(part.nodes, unit.english) : undefined));
      const error = read.find((part) => part && 'error' in part);
      const untranslated = read.some((part) => part === undefined) || read.length === 0;
      const joined = untranslated ? undefined : read.map((part) => (part && 'text' in part ? part.text : '')).join('');
      // A tool that lays out the XML may put line breaks around a translation: no string begins or ends with a space.
      const target = joined !== undefined && unit.english === unit.english.trim() ? joined.trim() : joined;
      // As it was sent: it changes nothing, so a draft that would not pass today's checks still
      // comes back untouched (marking it reviewed, or editing it, has to pass them).
      const asSent = settled(state) === unit.state && target === unit.target;
      if (error && 'error' in error) problem(error.error);
      else if (state !== 'initial' && (target === undefined || target === '')) problem(`marked ${state}, but it has no translation`);
      else if (asSent || (state === 'initial' && (target === undefined || target === '' || target === unit.target))) accepted.push({ unit, state });
      else {
        const reasons = checkTranslation(unit.english, target!, unit.plural !== undefined);
        if (reasons.length > 0) problem(reasons.join('; '));
        else accepted.push({ unit, target, state });
      }
    }
    seen.add(incoming.id);
  }
  if (problems.length > 0) return { problems };
  return apply(words, language, accepted, [...current.values()]);
}

/** The new files once the accepted units are written, and the counts. */
function apply(words: Words, language: string, accepted: Accepted[], units: readonly Unit[]): ImportResult {
  const englishTrees = readLocaleTrees(words.localesDir, 'en');
  const localeTrees = readLocaleTrees(words.localesDir, language);
  const placeTrees = readPlaceTrees(words.placeDir);
  const locales = readLocales(words.localesDir);
  const place = readPlaceWords(words.placeDir);
  let changed = 0;
  for (const { unit, target } of accepted) {
    if (target === undefined || target === unit.target) continue;
    changed += 1;
    if (unit.file === 'place') {
      const file = placeFileOf(placeTrees, unit.path);
      placeTrees[file] = setPlaceForm(placeTrees[file], unit.path, language, target, words.placeLanguages);
    } else {
      localeTrees[unit.file] = setLocaleString(localeTrees[unit.file], englishTrees[unit.file], unit.path, target, language);
    }
  }
  const localeWords: Strings = Object.assign({}, ...Object.entries(localeTrees).map(([namespace, tree]) => localeStrings(tree, namespace)));
  const placeWords = flattenPlaceWords(Object.assign({}, ...Object.values(placeTrees)), language);

  // A key's state: reviewed when every form of it came back reviewed or final, a draft when any came
  // back translated; left as it is when all came back initial, or exactly as they were sent.
  const byKey = new Map<string, Accepted[]>();
  for (const item of accepted) byKey.set(item.unit.reviewKey, [...(byKey.get(item.unit.reviewKey) ?? []), item]);
  const allForms = new Map<string, number>();
  for (const unit of units) allForms.set(unit.reviewKey, (allForms.get(unit.reviewKey) ?? 0) + 1);
  const reviews: { locales: ReviewFile; place: ReviewFile } = { locales: locales.review, place: place.review };
  let reviewed = 0;
  for (const [key, items] of byKey) {
    const asSent = items.every(({ unit, target, state }) => settled(state) === unit.state && (target === undefined || target === unit.target));
    if (asSent || items.every(({ state }) => state === 'initial')) continue;
    const isReviewed = items.length === allForms.get(key) && items.every(({ state }) => state === 'reviewed' || state === 'final');
    const body = items[0].unit.file === 'place' ? 'place' : 'locales';
    const english = body === 'place' ? place.english[key] : locales.english[key];
    const translation = body === 'place' ? placeWords[key] : localeWords[key];
    reviews[body] = { ...reviews[body], [language]: { ...reviews[body][language], [key]: entryFor(isReviewed ? 'reviewed' : 'draft', english, translation ?? '') } };
    if (isReviewed) reviewed += 1;
  }

  const files: Write[] = [
    ...Object.entries(localeTrees).map(([namespace, tree]) => ({ path: join(words.localesDir, language, `${namespace}.json`), text: jsonText(tree) })),
    ...(Object.entries(placeTrees) as [string, unknown][]).map(([file, tree]) => ({ path: join(words.placeDir, file), text: jsonText(tree) })),
    { path: locales.reviewPath, text: serialize(reviews.locales) },
    { path: place.reviewPath, text: serialize(reviews.place) },
  ];
  const writes = files.filter(({ path, text }) => !existsSync(path) || readFileSync(path, 'utf8') !== text);
  const now: Counts = { reviewed: 0, draft: 0, stale: 0, missing: 0 };
  const bodies = [{ ...locales, review: reviews.locales, words: localeWords }, ...(words.placeLanguages.includes(language) ? [{ ...place, review: reviews.place, words: placeWords }] : [])];
  for (const body of bodies) {
    for (const [state, count] of Object.entries(counts(body.review, body.english, body.words, language))) now[state as keyof Counts] += count;
  }
  return { language, changed, reviewed, now, writes };
}

/** Writes every file, each first beside itself and then moved into place, so none is left half written. */
export function writeAll(writes: readonly Write[]) {
  for (const { path, text } of writes) writeFileSync(`${path}.importing`, text);
  for (const { path } of writes) renameSync(`${path}.importing`, path);
}
