// Every string a person sees in one language, as a translation unit: the locale files'
// (`<namespace>:<key>`) and the place's own words (`place:<path>`), each with its English, its
// current translation, its review record's state and where in which file it lives, so the export
// can write it and the import can put a translation back exactly there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  isForms,
  localeStrings,
  placeNamespace,
  placeWordFiles,
  pluralSuffix,
  readPlaceWords,
  statusOf,
  fingerprint,
  type Forms,
  type Locales,
  type PlaceTree,
  type Tree,
} from '../reviewStatus';
import type { SegmentState } from './document';

/** Where the words are: the locale folders and the place's folder. */
export interface Paths {
  localesDir: string;
  placeDir: string;
}

export interface Unit {
  /** `outcome:avoid.items.alert`, `translation:exit.pressesLeft_few`, `place:names.county`. */
  id: string;
  /** The locale file's namespace, or `place`. */
  file: string;
  /** Its key in the review record (plural forms share their key's). */
  reviewKey: string;
  english: string;
  /** The current translation, if there is one. */
  target?: string;
  /** What the review record's state means for a translator: see `exportState`. */
  state: SegmentState;
  /** The English changed since the current translation was made. */
  stale: boolean;
  /** Hash of the English as the review record keeps it (a plural key's forms together). */
  fingerprint: string;
  /** A plural key's form in the target language (`one`, `few`, …). */
  plural?: string;
  /** The path of keys to the string in its file (`place`: to its leaf of forms). */
  path: string[];
}

/** i18next's plural forms, in the order its files list them. */
export const pluralOrder = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The plural forms a language's words need (Russian: one, few, many, other; Chinese: other). */
export function pluralForms(language: string): string[] {
  const categories: string[] = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  return pluralOrder.filter((form) => categories.includes(form));
}

/** Locale files: namespace → the language's tree (empty where a file is missing). */
export type LocaleTrees = Record<string, Tree>;

export function readLocaleTrees(localesDir: string, language: string): LocaleTrees {
  const files = readdirSync(join(localesDir, 'en')).filter((file) => file.endsWith('.json')).sort();
  return Object.fromEntries(
    files.map((file) => {
      const path = join(localesDir, language, file);
      return [file.slice(0, -5), existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Tree) : {}];
    }),
  );
}

/** The place's word files, each as its own tree. */
export type PlaceTrees = Record<(typeof placeWordFiles)[number], PlaceTree>;

export function readPlaceTrees(placeDir: string): PlaceTrees {
  return Object.fromEntries(placeWordFiles.map((file) => [file, JSON.parse(readFileSync(join(placeDir, file), 'utf8')) as PlaceTree])) as PlaceTrees;
}

/** The review record's states, read as a CAT tool's: an untranslated or stale string is `initial`
 *  (a stale one keeps its old translation for reference), a draft `translated`, an approved one `reviewed`. */
function exportState(status: ReturnType<typeof statusOf>, hasTarget: boolean): SegmentState {
  if (!hasTarget || status === 'stale') return 'initial';
  return status === 'reviewed' ? 'reviewed' : 'translated';
}

function leaves(tree: Tree, path: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[...path, key]] : leaves(value, [...path, key])));
}

export function valueAt(tree: Tree, path: readonly string[]): string | undefined {
  let node: Tree | string | undefined = tree;
  for (const key of path) node = typeof node === 'object' ? node[key] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** Every unit of the locale files in `language`, in the English files' order. */
export function localeUnits(localesDir: string, language: string, review: Locales['review']): Unit[] {
  const englishTrees = readLocaleTrees(localesDir, 'en');
  const trees = readLocaleTrees(localesDir, language);
  const forms = pluralForms(language);
  const units: Unit[] = [];
  for (const [namespace, englishTree] of Object.entries(englishTrees)) {
    const english = localeStrings(englishTree, namespace);
    const translated = localeStrings(trees[namespace], namespace);
    const done = new Set<string>();
    for (const path of leaves(englishTree)) {
      const leaf = path[path.length - 1];
      const base = leaf.replace(pluralSuffix, '');
      const reviewKey = `${namespace}:${[...path.slice(0, -1), base].join('.')}`;
      const status = statusOf(review[language]?.[reviewKey], english[reviewKey], translated[reviewKey] ?? '');
      const common = { file: namespace, reviewKey, stale: status === 'stale', fingerprint: fingerprint(english[reviewKey]) };
      if (base === leaf) {
        const target = valueAt(trees[namespace], path);
        units.push({ ...common, id: `${namespace}:${path.join('.')}`, english: valueAt(englishTree, path)!, target, path, state: exportState(status, target !== undefined) });
        continue;
      }
      if (done.has(reviewKey)) continue;
      done.add(reviewKey);
      // One unit per form the target language needs; its source is the English form of the same
      // name, or the English "other" where English has no such form.
      for (const form of forms) {
        const formPath = [...path.slice(0, -1), `${base}_${form}`];
        const english = valueAt(englishTree, formPath) ?? valueAt(englishTree, [...path.slice(0, -1), `${base}_other`])!;
        const target = valueAt(trees[namespace], formPath);
        units.push({ ...common, id: `${namespace}:${formPath.join('.')}`, english, target, path: formPath, plural: form, state: exportState(status, target !== undefined) });
      }
    }
  }
  return units;
}

function placeLeaves(tree: PlaceTree, path: string[] = []): [string[], Forms][] {
  return Object.entries(tree).flatMap(([key, node]) => (isForms(node) ? [[[...path, key], node] as [string[], Forms]] : placeLeaves(node, [...path, key])));
}

/** Every unit of the place's own words in `language`, names first. */
export function placeUnits(placeDir: string, language: string): Unit[] {
  const { review } = readPlaceWords(placeDir);
  const trees = readPlaceTrees(placeDir);
  return placeWordFiles.flatMap((file) =>
    placeLeaves(trees[file]).map(([path, forms]): Unit => {
      const reviewKey = `${placeNamespace}:${path.join('.')}`;
      const status = statusOf(review[language]?.[reviewKey], forms.en, forms[language] ?? '');
      return {
        id: reviewKey,
        file: placeNamespace,
        reviewKey,
        english: forms.en,
        target: forms[language],
        state: exportState(status, forms[language] !== undefined),
        stale: status === 'stale',
        fingerprint: fingerprint(forms.en),
        path,
      };
    }),
  );
}

/** The word file of the place that holds a path (each file has its own top-level keys). */
export function placeFileOf(trees: PlaceTrees, path: readonly string[]): keyof PlaceTrees {
  return placeWordFiles.find((file) => path[0] in trees[file]) ?? placeWordFiles[placeWordFiles.length - 1];
}

/** `object` with `key` set to `value`: in place when it is there, else after the nearest key before it in `order`. */
export function withKey<T>(object: Record<string, T>, key: string, value: T, order: readonly string[]): Record<string, T> {
  if (key in object) return { ...object, [key]: value };
  const rank = order.indexOf(key);
  const entries = Object.entries(object);
  let at = 0;
  entries.forEach(([existing], index) => {
    const existingRank = order.indexOf(existing);
    if (existingRank !== -1 && existingRank < rank) at = index + 1;
  });
  if (rank === -1) at = entries.length;
  entries.splice(at, 0, [key, value]);
  return Object.fromEntries(entries);
}

/** The locale tree with the string at `path` set, new keys placed in the English file's order. */
export function setLocaleString(tree: Tree, englishTree: Tree, path: readonly string[], value: string, language: string): Tree {
  const [key, ...rest] = path;
  const englishNode = englishTree[key];
  if (rest.length === 0) {
    // The order of the English keys, with a plural's English forms replaced by this language's.
    const order = Object.keys(englishTree).flatMap((englishKey) => {
      const base = englishKey.replace(pluralSuffix, '');
      if (base === englishKey) return [englishKey];
      return englishKey === `${base}_${pluralOrder.find((form) => `${base}_${form}` in englishTree)}` ? pluralForms(language).map((form) => `${base}_${form}`) : [];
    });
    return withKey(tree, key, value, order);
  }
  const child = typeof tree[key] === 'object' ? (tree[key] as Tree) : {};
  const englishChild = typeof englishNode === 'object' ? englishNode : {};
  return withKey(tree, key, setLocaleString(child, englishChild, rest, value, language), Object.keys(englishTree));
}

/** The place's tree with `language`'s form at `path` set, a new form placed in the place's order of languages. */
export function setPlaceForm(tree: PlaceTree, path: readonly string[], language: string, value: string, languages: readonly string[]): PlaceTree {
  const [key, ...rest] = path;
  const node = tree[key];
  if (rest.length === 0 && isForms(node)) return { ...tree, [key]: withKey(node, language, value, languages) };
  return { ...tree, [key]: setPlaceForm(node as PlaceTree, rest, language, value, languages) };
}

/** How every file of words is written: two spaces, a final newline. */
export const jsonText = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
