// i18next set up with English built in (it is the fallback, and the prerendered first screen is
// English); every other language is fetched only when someone chooses it.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en/translation.json';
import { fallbackLanguage, pickableLanguages, pseudoLanguage, type LanguageCode } from './languages';

type Translation = typeof en;

// Vite turns each of these into its own small chunk, fetched on demand.
const loaders = import.meta.glob<Translation>(
  ['../../locales/*/translation.json', '!../../locales/en/translation.json'],
  { import: 'default' },
);

export function createI18n(): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: fallbackLanguage,
    fallbackLng: fallbackLanguage,
    supportedLngs: pickableLanguages.map((language) => language.code),
    resources: { en: { translation: en } },
    // English is already here, so initialise synchronously: the first render matches the
    // prerendered HTML.
    initAsync: false,
    // An empty or missing translation shows English, never an empty space or a raw key.
    returnEmptyString: false,
    returnNull: false,
    interpolation: { escapeValue: false }, // React escapes
  });
  return instance;
}

/** Fetches a language if needed and switches to it; the current language stays until it is ready. */
export async function changeLanguage(instance: I18n, code: LanguageCode): Promise<void> {
  if (!instance.hasResourceBundle(code, 'translation')) {
    instance.addResourceBundle(code, 'translation', await loadTranslation(code));
  }
  await instance.changeLanguage(code);
}

async function loadTranslation(code: LanguageCode) {
  // Dead code outside the development server, so production builds leave it out.
  if (import.meta.env.MODE === 'development' && code === pseudoLanguage.code) {
    const { pseudoLocalize } = await import('./pseudo');
    return pseudoLocalize(en);
  }
  const load = loaders[`../../locales/${code}/translation.json`];
  if (!load) throw new Error(`No translation for ${code}`);
  return load();
}
