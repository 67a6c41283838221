// The languages the tool speaks, each named in its own words, and how the starting one is chosen.
// Adding a language: one entry here and one folder in locales/ (see locales/README.md); the place
// (src/jurisdiction/current.ts) picks which of them it offers.
import { place } from '../jurisdiction/currentPlace';

/** Every language with words in locales/. */
export const supportedLanguages = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
  { code: 'vi', name: 'Tiếng Việt', dir: 'ltr' },
  { code: 'zh-Hans', name: '简体中文', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'ru', name: 'Русский', dir: 'ltr' },
] as const;

/** The languages this place offers, in its order. */
export const languages: readonly SupportedLanguage[] = place.languages.map(
  (code) => supportedLanguages.find((language) => language.code === code)!,
);

type SupportedLanguage = (typeof supportedLanguages)[number];

/** Development builds only (`npm run dev`): accented, lengthened English to spot untranslated text. */
export const pseudoLanguage = { code: 'en-XA', name: 'Pseudo (en-XA)', dir: 'ltr' } as const;

export type LanguageCode = SupportedLanguage['code'] | typeof pseudoLanguage.code;
export type Language = SupportedLanguage | typeof pseudoLanguage;

export const fallbackLanguage: LanguageCode = 'en';

/** The languages the picker offers: the pseudo-locale only on the development server. */
export const pickableLanguages: readonly Language[] =
  import.meta.env.MODE === 'development' ? [...languages, pseudoLanguage] : languages;

export function languageOf(code: string): Language {
  return pickableLanguages.find((language) => language.code === code) ?? languages[0];
}

/**
 * The best supported language for a BCP 47 tag such as `es-MX`, or undefined. Anything that is
 * not a plausible tag (a hostile or broken `?lng=`) matches nothing.
 */
export function matchLanguage(tag: string): LanguageCode | undefined {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  const wanted = tag.toLowerCase();
  const exact = languages.find((language) => language.code.toLowerCase() === wanted);
  if (exact) return exact.code;
  const primary = wanted.split('-')[0];
  return languages.find((language) => language.code.toLowerCase().split('-')[0] === primary)?.code;
}

/** `?lng=` first, then the browser's preferred languages in order, else English. Nothing is stored. */
export function detectLanguage(search: string, preferred: readonly string[]): LanguageCode {
  const requested = new URLSearchParams(search.slice(0, 2000)).get('lng');
  for (const tag of [requested, ...preferred]) {
    const match = tag ? matchLanguage(tag) : undefined;
    if (match) return match;
  }
  return fallbackLanguage;
}
