// The languages this place offers (of those in supportedLanguages.ts), the development
// pseudo-locale, and how the starting one is chosen.
import { place } from '../jurisdiction/currentPlace';
import { fallbackLanguage, supportedLanguages, type SupportedLanguage } from './supportedLanguages';

export { fallbackLanguage };

/** The languages this place offers, in its order. */
export const languages: readonly SupportedLanguage[] = place.languages.map(
  (code) => supportedLanguages.find((language) => language.code === code)!,
);

/** Development builds only (`npm run dev`): accented, lengthened English to spot untranslated text. */
export const pseudoLanguage = { code: 'en-XA', name: 'Pseudo (en-XA)', dir: 'ltr' } as const;

export type LanguageCode = SupportedLanguage['code'] | typeof pseudoLanguage.code;
export type Language = SupportedLanguage | typeof pseudoLanguage;

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
