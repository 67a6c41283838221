// One line at the top of every step, and on the printed handout, in a language whose translation a
// qualified translator has not yet reviewed: a person reading a draft knows it at once, not only if
// they scroll to the full notice (TranslationNotice, with its switch to English) after the step. Its
// words load with the language, so it is there when the language is and never shifts the page later;
// on a question it sits under the progress line, beside Listen, so the first screen still fits a phone.
import { useTranslation } from 'react-i18next';
import { fallbackLanguage } from '../i18n/languages';

/** The languages a qualified translator has reviewed in full (vite.config.ts, from the review
 *  records at build time). */
declare const __REVIEWED_LANGUAGES__: readonly string[];

export function isDraftLanguage(language: string): boolean {
  return language !== fallbackLanguage && !__REVIEWED_LANGUAGES__.includes(language);
}

export function DraftBanner() {
  const { t, i18n } = useTranslation();
  return isDraftLanguage(i18n.resolvedLanguage ?? i18n.language) ? <p className="draft-banner">{t('draftBanner.text')}</p> : null;
}
