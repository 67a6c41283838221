// How the starting language is chosen: ?lng= first, then the browser, else English; bad input is
// never trusted.
import { describe, expect, it } from 'vitest';
import { detectLanguage, matchLanguage } from '../src/i18n/languages';

describe('detectLanguage', () => {
  it('takes ?lng= first', () => expect(detectLanguage('?lng=es', ['en-US'])).toBe('es'));
  it('takes the browser language when there is no ?lng=', () => expect(detectLanguage('', ['es-MX', 'en'])).toBe('es'));
  it('skips browser languages it does not have', () => expect(detectLanguage('', ['xx', 'es'])).toBe('es'));
  it('falls back to English', () => expect(detectLanguage('', [])).toBe('en'));
  it('ignores an unknown ?lng=', () => expect(detectLanguage('?lng=klingon', ['es'])).toBe('es'));
  it.each([
    '?lng=%E0%A4%A',
    '?lng=<script>alert(1)</script>',
    '?lng=../../etc/passwd',
    '?lng=' + 'e'.repeat(10_000),
    '?lng=es&lng=fr&kiosk=maybe#answers',
    '?%%%&&==',
  ])('survives a broken or hostile query string: %s', (search) => {
    expect(detectLanguage(search, ['en'])).toMatch(/^(en|es)$/);
  });
});

describe('matchLanguage', () => {
  it('matches a regional tag to its language', () => expect(matchLanguage('es-419')).toBe('es'));
  it('is case-insensitive', () => expect(matchLanguage('ES')).toBe('es'));
  it('rejects what is not a language tag', () => expect(matchLanguage('e s')).toBeUndefined());
});

describe('matchLanguage for the scripts and regions people use', () => {
  it.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh', 'zh-Hans'],
    ['ar-EG', 'ar'],
    ['vi-VN', 'vi'],
    ['ru-RU', 'ru'],
  ])('%s → %s', (tag, code) => expect(matchLanguage(tag)).toBe(code));
});
