// Every English string is shown somewhere: rendering every screen of the review pack (and its short
// messages) asks i18next for every key of the English files, so a key no screen asks for, a sentence
// no one sees (and translators pay for), fails here. That every key the code asks for exists is the
// compiler's to check: the keys' types are derived from the English files (src/i18n/i18next.d.ts).
import { describe, expect, it } from 'vitest';
import { defaultPlace, selectedPlace } from '../src/build/place.mjs';
import { createI18n, namespaces } from '../src/i18n/i18n';
import { place } from '../src/jurisdiction/currentPlace';
import { pluralSuffix, readLocales } from '../src/i18n/reviewStatus';
import { localLines } from '../src/flow/contacts';
import { outcomeIds } from '../src/flow/outcomeIds';
import { outcomeView } from '../src/flow/outcomeView';
import { buildPacks } from '../src/review/pack';

/** Every key i18next is asked for while `run` runs, as "namespace:key". */
async function keysAskedFor(run: () => Promise<unknown>): Promise<Set<string>> {
  const asked = new Set<string>();
  const prototype = Object.getPrototypeOf(createI18n()) as { t: (key: unknown, options?: { ns?: unknown }) => unknown };
  const t = prototype.t;
  prototype.t = function (this: { options: { defaultNS?: unknown } }, key, options) {
    for (const each of [key].flat()) {
      const [namespace, path] = String(each).includes(':') ? String(each).split(':') : [String([options?.ns ?? this.options.defaultNS].flat()[0]), String(each)];
      asked.add(`${namespace}:${path}`);
    }
    return t.call(this, key, options);
  };
  try {
    await run();
  } finally {
    prototype.t = t;
  }
  return asked;
}

/** The keys of every sentence of every outcome, as a place without local lines would show them. */
function keysWithoutLocalLines(): string[] {
  // The directory's list itself, emptied for the moment: the views read it.
  const lines = localLines as string[];
  const kept = lines.splice(0);
  try {
    return outcomeIds.flatMap((id) =>
      outcomeView(id, 'en').sections.flatMap((section) =>
        Object.values(section).flatMap((value) => [value].flat().filter((part): part is { key: string } => typeof part === 'object' && part !== null && 'key' in part)),
      ),
    ).map(({ key }) => `outcome:${key}`);
  } finally {
    lines.push(...kept);
  }
}

describe('English keys', { timeout: 60_000 }, () => {
  const english = Object.keys(readLocales('locales').english);
  // Some sentences are shown only outside English (the interpreters line), or only where a place lists no local lines.
  const asked = keysAskedFor(() => buildPacks(place.languages)).then((keys) => new Set([...keys, ...keysWithoutLocalLines()]));

  it('every key the screens ask for is in the English files', async () => {
    const exists = (used: string) => english.some((key) => key === used || key === used.replace(pluralSuffix, '') || key.startsWith(`${used}.`));
    expect([...(await asked)].filter((used) => namespaces.includes(used.split(':')[0] as never) && !exists(used))).toEqual([]);
  });

  // Boulder County has every kind of contact (vanity numbers, TTY) and six languages, so every
  // sentence of the tool shows somewhere; a smaller place leaves some unshown by design.
  if (selectedPlace() === defaultPlace) {
    it('every one is shown on some screen of the review pack', async () => {
      const used = await asked;
      // A key asked for with returnObjects (a learn page's paragraphs) shows every key under it.
      const shown = (key: string) => [...used].some((each) => each === key || each.replace(pluralSuffix, '') === key || key.startsWith(`${each}.`));
      expect(english.length).toBeGreaterThan(100);
      expect(english.filter((key) => !shown(key))).toEqual([]);
    });
  }
});
