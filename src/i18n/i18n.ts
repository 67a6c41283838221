// i18next set up with the core English words built in (they are the fallback, and the prerendered
// first screen is English). Everything else is fetched when first needed: another language when it
// is chosen, the outcome words when an outcome is near, the learn pages when opened.
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/translation.json';
import { place } from '../jurisdiction/currentPlace';
import { localize, type Localized } from '../jurisdiction/types';
import { fallbackLanguage, pickableLanguages, pseudoLanguage, type LanguageCode } from './languages';

type Words = Record<string, unknown>;

/** Changes whenever any locale file changes (vite.config.ts), so no browser keeps stale words. */
declare const __LOCALES_VERSION__: string;

/** One file per part of the app that loads on its own: locales/<language>/<namespace>.json. */
export const namespaces = ['translation', 'outcome', 'safety', 'kiosk', 'learn', 'review'] as const;

/** Reads locales/<language>/<namespace>.json on demand. */
const onDemand: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    loadWords(language, namespace).then(
      (words) => done(null, words),
      (error: Error) => done(error, false),
    );
  },
};

/**
 * The place's names, {{county}}, {{state}} and {{place}}, filled into every sentence in the
 * language on screen. Getters, so they follow a change of language without a listener to keep in
 * step, and no call site can forget them (tests/clickEveryPath.tsx finds no {{placeholder}} left on
 * any screen). They read the current language: a t() call with another `lng` gets this one's forms.
 */
function placeVariables(instance: I18n): Record<keyof typeof place.names, string> {
  const inLanguage = (name: Localized) => localize(name, instance.resolvedLanguage ?? instance.language);
  return {
    get county() {
      return inLanguage(place.names.county);
    },
    get state() {
      return inLanguage(place.names.state);
    },
    get place() {
      return inLanguage(place.names.place);
    },
  };
}

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance
    .use(onDemand)
    .use(initReactI18next)
    .init({
      lng: fallbackLanguage,
      fallbackLng: fallbackLanguage,
      supportedLngs: pickableLanguages.map((language) => language.code),
      ns: ['translation'],
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      // The core English words are already here, so initialise synchronously: the first render
      // matches the prerendered HTML.
      initAsync: false,
      // An empty or missing translation shows English, never an empty space or a raw key.
      returnEmptyString: false,
      returnNull: false,
      interpolation: { escapeValue: false, defaultVariables: placeVariables(instance) }, // React escapes
    });
  return instance;
}

/**
 * Fetches a language (every namespace in use) and switches to it. The current language stays on
 * screen until the new one is ready; if it cannot be fetched, this rejects and nothing changes.
 */
export async function changeLanguage(instance: I18n, code: LanguageCode): Promise<void> {
  await instance.loadLanguages(code);
  if (!instance.hasResourceBundle(code, 'translation')) throw new Error(`Could not load ${code}`);
  await instance.changeLanguage(code);
}

async function loadWords(language: string, namespace: string): Promise<Words> {
  // Dead code outside the development server, so production builds leave it out.
  if (import.meta.env.MODE === 'development' && language === pseudoLanguage.code) {
    const { pseudoLocalize } = await import('./pseudo');
    const english = namespace === 'translation' ? en : await loadWords(fallbackLanguage, namespace);
    return pseudoLocalize(english as Parameters<typeof pseudoLocalize>[0]);
  }
  if (!pickableLanguages.some((known) => known.code === language) || !namespaces.includes(namespace as 'learn')) {
    throw new Error(`No ${namespace} words for ${language}`);
  }
  // Plain JSON files (copied by the build, src/build/locales.ts): no JavaScript to parse. Under their
  // version, like the code's hashed names, so a page opened before a deploy still gets its own words.
  const url = new URL(`assets/${__LOCALES_VERSION__}/locales/${language}/${namespace}.json`, document.baseURI);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json() as Promise<Words>;
}
