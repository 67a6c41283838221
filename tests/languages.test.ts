// How the starting language is chosen: ?lng= first, then the browser, else English; bad input is
// never trusted; a language the place does not offer is never chosen.
import { describe, expect, it } from 'vitest';
import { detectLanguage, languages, matchLanguage } from '../src/i18n/languages';
import { supportedLanguages } from '../src/i18n/supportedLanguages';

const offered = languages.map((language) => language.code);
/** A language the place offers besides English, if any; and one the tool has that it does not offer. */
const other = offered.find((code) => code !== 'en');
const notOffered = supportedLanguages.map((language) => language.code).find((code) => !offered.includes(code));

describe('detectLanguage', () => {
  it('falls back to English', () => expect(detectLanguage('', [])).toBe('en'));
  it('ignores an unknown ?lng=', () => expect(detectLanguage('?lng=klingon', ['en'])).toBe('en'));
  it.each([
    '?lng=%E0%A4%A',
    '?lng=<script>alert(1)</script>',
    '?lng=../../etc/passwd',
    '?lng=' + 'e'.repeat(10_000),
    `?lng=${other ?? 'en'}&lng=fr&kiosk=maybe#answers`,
    '?%%%&&==',
  ])('survives a broken or hostile query string: %s', (search) => {
    expect(offered).toContain(detectLanguage(search, ['en']));
  });
  if (notOffered) {
    it(`never starts in a language the place does not offer (${notOffered})`, () => {
      expect(detectLanguage(`?lng=${notOffered}`, [notOffered])).toBe('en');
    });
  }
});

// Where the place offers a language besides English.
if (other) {
  describe(`detectLanguage with ${other}`, () => {
    it('takes ?lng= first', () => expect(detectLanguage(`?lng=${other}`, ['en-US'])).toBe(other));
    it('takes the browser language when there is no ?lng=', () => expect(detectLanguage('', [`${other}-XX`, 'en'])).toBe(other));
    it('skips browser languages it does not have', () => expect(detectLanguage('', ['xx', other])).toBe(other));
    it('ignores an unknown ?lng=', () => expect(detectLanguage('?lng=klingon', [other])).toBe(other));
  });

  describe('matchLanguage', () => {
    it('matches a regional tag to its language', () => expect(matchLanguage(`${other.split('-')[0]}-419`)).toBe(other));
    it('is case-insensitive', () => expect(matchLanguage(other.toUpperCase())).toBe(other));
  });
}

it('rejects what is not a language tag', () => expect(matchLanguage('e s')).toBeUndefined());

describe('matchLanguage for the scripts and regions people use', () => {
  it.each(
    (
      [
        ['zh-CN', 'zh-Hans'],
        ['zh-Hans-CN', 'zh-Hans'],
        ['zh', 'zh-Hans'],
        ['ar-EG', 'ar'],
        ['vi-VN', 'vi'],
        ['ru-RU', 'ru'],
        ['es-MX', 'es'],
        ['en-GB', 'en'],
      ] as const
    ).filter(([, code]) => offered.includes(code)),
  )('%s → %s', (tag, code) => expect(matchLanguage(tag)).toBe(code));
});
