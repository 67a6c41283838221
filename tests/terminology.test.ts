// The terms a review of the translations settled, and the wordings the District Attorney's Office
// would not sign (a promise it cannot keep, a tip that discourages reporting, a don't aimed at a
// parent's own child, "if you know the child" after "a child I don't know"), kept out of every file
// of each language, so a string added later does not bring them back (locales/README.md).
import { describe, expect, it } from 'vitest';
import { readLocales } from '../src/i18n/reviewStatus';

const { english, translations } = readLocales('locales');
const words = { en: english, ...translations };

/** Per language: wordings the review rejected, and why. */
const rejected: Record<string, [pattern: RegExp, why: string][]> = {
  en: [
    [/not in trouble/iu, 'a promise the prosecutor cannot make: "not your fault"'],
    [/police without the person/iu, 'discourages reporting under the prosecutor\'s own call to action'],
    [/the person you are worried about know/iu, 'may be a parent\'s own child: about the suspected exploiter'],
    [/If you know the child/iu, 'follows "a child I don\'t know": "You can also report"'],
    [/Phone numbers checked/iu, 'reads as confirmed: "last reviewed"'],
  ],
  vi: [
    [/không gặp rắc rối/u, 'a promise the prosecutor cannot make'],
    [/vị thành niên tham gia/u, 'gives a minor a role: "bị sử dụng trong"'],
    [/Báo cảnh sát khi người đó chưa đồng ý/u, 'discourages reporting'],
    [/người mà quý vị đang lo lắng biết/u, 'may be a parent\'s own child'],
    [/Nếu quý vị biết trẻ/u, 'follows "a child I don\'t know"'],
    [/\b[Bb]ạn\b(?! bè)/u, 'address the reader as "quý vị"'],
    [/dính vào/u, 'implies a child took part willingly'],
    [/gái gọi/u, 'pejorative: "dịch vụ tháp tùng (escort)"'],
    [/buôn bán/u, 'one term for trafficking: "buôn người"'],
  ],
  'zh-Hans': [
    [/没有惹上麻烦/u, 'a promise the prosecutor cannot make'],
    [/未经当事人同意就让警方介入/u, 'discourages reporting'],
    [/不要让您担心的那个人知道/u, 'may be a parent\'s own child'],
    [/如果您认识这个孩子/u, 'follows "a child I don\'t know"'],
    [/卷入商业性|从事商业性/u, 'implies choice: "被用于商业性交易"'],
    [/报告/u, 'one verb for reporting: 举报'],
    [/CyberTipline[^"]*专线/u, 'the CyberTipline is a platform (举报平台)'],
  ],
  ar: [
    [/لست في ورطة/u, 'a promise the prosecutor cannot make'],
    [/إشراك الشرطة دون موافقة/u, 'discourages reporting'],
    [/الشخص الذي تقلق عليه يعرف/u, 'may be a parent\'s own child'],
    [/إذا كنت تعرف الطفل/u, 'follows "a child I don\'t know"'],
    [/لست متأكدًا(?!\/ة)/u, 'both genders: "لست متأكدًا/ة"'],
    [/أبو هذا الطفل/u, 'colloquial: "والد هذا الطفل أو والدته"'],
    [/شريف(?! \(Sheriff\))/u, 'also means "honourable": add "(Sheriff)"'],
  ],
  ru: [
    [/неприятност/u, 'a promise the prosecutor cannot make'],
    [/поможет|помогут/u, '"can help" is not a promise: "может помочь"'],
    [/без согласия этого человека/u, 'discourages reporting'],
    [/человеку, за которого беспокоитесь/u, 'may be a parent\'s own child'],
    [/Если вы знаете этого ребёнка/u, 'follows "a child I don\'t know"'],
    [/(?<!Не)коммерческ\S* секс/iu, 'a calque'],
    [/вступайте в конфликт/u, 'weakens "do not confront"'],
    [/(?<!\()FBI/u, '"ФБР (FBI)"'],
    [/Безопасный просмотр/u, 'sounds like a browser feature'],
    [/Не знаю/u, '"Не уверен(а)"'],
  ],
  es: [
    [/presentar reportes/u, '"presentar denuncias"'],
    [/no está en problemas/iu, 'a promise the prosecutor cannot make'],
    [/menor de edad participa/u, 'gives a minor a role: "es utilizado/a en"'],
    [/sin el consentimiento de la persona/u, 'discourages reporting'],
    [/la persona que le preocupa se entere/u, 'may be a parent\'s own child'],
    [/Si conoce al menor/u, 'follows "a child I don\'t know"'],
  ],
};

describe.each(Object.entries(rejected))('%s terminology', (language, rules) => {
  it.each(rules.map(([pattern, why]) => [why, pattern] as const))('%s', (_why, pattern) => {
    const found = Object.entries(words[language as keyof typeof words]).filter(([, text]) => pattern.test(text));
    expect(found).toEqual([]);
  });
});
