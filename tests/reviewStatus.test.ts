// The review record of every translated string: a stale translation can never count as reviewed,
// every string has an entry, and the sync the lead runs after a merge never approves anything.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeDir, selectedPlace } from '../src/build/place.mjs';
import {
  counts,
  fingerprint,
  isFullyReviewed,
  mark,
  problems,
  readLocales,
  readPlaceWords,
  serialize,
  statusOf,
  sync,
  type ReviewFile,
} from '../src/i18n/reviewStatus';

// A fabricated example: one Spanish string, reviewed against "Call now".
const english = { 'translation:call': 'Call now' };
const spanish = { 'translation:call': 'Llame ahora' };
const reviewed: ReviewFile = mark({}, english, spanish, 'es', 'reviewed', []);

describe('review status', () => {
  it('counts a string reviewed against the current English as reviewed', () => {
    expect(statusOf(reviewed.es['translation:call'], english['translation:call'], spanish['translation:call'])).toBe('reviewed');
    expect(problems(reviewed, english, { es: spanish })).toEqual([]);
    expect(isFullyReviewed(reviewed, english, spanish, 'es')).toBe(true);
  });

  it('makes the translations of a changed English string stale, and refuses them as reviewed', () => {
    const changed = { 'translation:call': 'Call them now' };
    expect(counts(reviewed, changed, spanish, 'es')).toEqual({ reviewed: 0, draft: 0, stale: 1, missing: 0 });
    expect(problems(reviewed, changed, { es: spanish })).toEqual([
      'es translation:call: marked reviewed, but its English text changed since',
    ]);
    expect(isFullyReviewed(reviewed, changed, spanish, 'es')).toBe(false);
  });

  it('refuses a translation edited after its review', () => {
    const edited = { 'translation:call': 'Llame ya' };
    expect(problems(reviewed, english, { es: edited })).toEqual([
      'es translation:call: marked reviewed, but the translation was edited since',
    ]);
  });

  it('requires an entry for every string', () => {
    const more = { ...english, 'translation:wait': 'Wait' };
    expect(problems(reviewed, more, { es: { ...spanish, 'translation:wait': 'Espere' } })).toEqual([
      'es translation:wait: no review entry',
    ]);
  });

  it('sync adds new strings as drafts, demotes stale reviews to drafts that stay stale, and approves nothing', () => {
    const more = { 'translation:call': 'Call them now', 'translation:wait': 'Wait' };
    const synced = sync(reviewed, more, { es: { ...spanish, 'translation:wait': 'Espere' } });
    expect(synced.es['translation:wait']).toEqual({ state: 'draft', en: fingerprint('Wait') });
    expect(synced.es['translation:call'].state).toBe('draft');
    expect(counts(synced, more, spanish, 'es')).toEqual({ reviewed: 0, draft: 1, stale: 1, missing: 0 });
    expect(problems(synced, more, { es: spanish })).toEqual([]);
  });

  it('writes one entry per line, and reads back what it wrote', () => {
    const text = serialize(reviewed);
    expect(text.split('\n').filter((line) => line.includes('translation:call'))).toHaveLength(1);
    expect(JSON.parse(text)).toEqual(reviewed);
  });
});

// The locale files' strings, and the place's own words (its names, its agencies' names and
// descriptions): every string a person sees has a review state, wherever it lives.
describe.each([
  ['locales/review-status.json', readLocales('locales')],
  [`the words of ${selectedPlace()}`, readPlaceWords(placeDir())],
])('%s', (_name, body) => {
  it('has an entry for every translated string, and no stale or edited string marked reviewed', () => {
    const found = problems(body.review, body.english, body.translations);
    expect(found, 'run `npm run i18n:status -- --sync` (see locales/README.md)').toEqual([]);
  });

  it('is written as the tools write it', () => {
    expect(readFileSync(body.reviewPath, 'utf8')).toBe(serialize(body.review));
  });
});

it("records the place's own translated words, each under place:", () => {
  const place = readPlaceWords(placeDir());
  for (const [language, words] of Object.entries(place.translations)) {
    expect(Object.keys(words).length, language).toBe(Object.keys(place.english).length);
    for (const key of Object.keys(words)) expect(place.review[language]?.[key], `${language} ${key}`).toBeDefined();
  }
  expect(Object.keys(place.english).every((key) => key.startsWith('place:'))).toBe(true);
});
