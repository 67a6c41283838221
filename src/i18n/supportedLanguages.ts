// Every language the tool has words for (a folder in locales/), each named in its own words: the one
// list, with no imports, so the jurisdiction types, the language picker and Node tools all read it.
// Adding a language: one entry here and one folder in locales/ (see locales/README.md); each place
// (src/jurisdiction/<place>/place.ts) picks which of them it offers.

export const supportedLanguages = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
] as const;

export type SupportedLanguage = (typeof supportedLanguages)[number];
export type SupportedLanguageCode = SupportedLanguage['code'];

/** The reference language: every other is translated from it, and it fills any gap. */
export const fallbackLanguage = 'en' satisfies SupportedLanguageCode;
