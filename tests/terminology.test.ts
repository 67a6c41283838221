// The terms a review of the translations settled, kept in every file of each language, so a string
// added later does not bring back a wording the reviewers rejected (locales/README.md).
import { describe, expect, it } from 'vitest';
import { readLocales } from '../src/i18n/reviewStatus';

const { translations } = readLocales('locales');

/** Per language: wordings the review rejected, and why. */
const rejected: Record<string, [pattern: RegExp, why: string][]> = {
  vi: [
    [/\b[Bb]ạn\b(?! bè)/u, 'address the reader as "quý vị"'],
    [/dính vào/u, 'implies a child took part willingly'],
    [/gái gọi/u, 'pejorative: "dịch vụ tháp tùng (escort)"'],
    [/buôn bán/u, 'one term for trafficking: "buôn người"'],
  ],
  'zh-Hans': [
    [/卷入商业性|从事商业性/u, 'implies choice: "被用于商业性交易"'],
    [/报告/u, 'one verb for reporting: 举报'],
    [/CyberTipline[^"]*专线/u, 'the CyberTipline is a platform (举报平台)'],
  ],
  ar: [
    [/لست متأكدًا(?!\/ة)/u, 'both genders: "لست متأكدًا/ة"'],
    [/أبو هذا الطفل/u, 'colloquial: "والد هذا الطفل أو والدته"'],
    [/شريف(?! \(Sheriff\))/u, 'also means "honourable": add "(Sheriff)"'],
  ],
  ru: [
    [/(?<!Не)коммерческ\S* секс/iu, 'a calque'],
    [/вступайте в конфликт/u, 'weakens "do not confront"'],
    [/(?<!\()FBI/u, '"ФБР (FBI)"'],
    [/Безопасный просмотр/u, 'sounds like a browser feature'],
    [/Не знаю/u, '"Не уверен(а)"'],
  ],
  es: [[/presentar reportes/u, '"presentar denuncias"']],
};

describe.each(Object.entries(rejected))('%s terminology', (language, rules) => {
  it.each(rules.map(([pattern, why]) => [why, pattern] as const))('%s', (_why, pattern) => {
    const found = Object.entries(translations[language]).filter(([, text]) => pattern.test(text));
    expect(found).toEqual([]);
  });
});
