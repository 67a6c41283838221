// Says, in the current language and in English, that this translation awaits review by a qualified
// translator, with a one-tap switch to English. Loaded only once a language other than English is
// shown, with its own words (locales/<lng>/review.json), so the first screen carries none of it.
import { useTranslation } from 'react-i18next';
import { fallbackLanguage } from '../i18n/languages';
import { isDraftLanguage } from './DraftBanner';

export function TranslationNotice({ onEnglish }: { onEnglish: () => void }) {
  const { t, i18n } = useTranslation('review');
  const language = i18n.resolvedLanguage ?? i18n.language;
  // Without its words (the network failed) it stays away rather than show raw keys.
  const loaded = i18n.hasResourceBundle(language, 'review') && i18n.hasResourceBundle(fallbackLanguage, 'review');
  if (!isDraftLanguage(language) || !loaded) return null;
  const english = i18n.getFixedT(fallbackLanguage, 'review');
  const switchToEnglish = () => {
    // The notice and its button disappear: keyboard and screen-reader users continue at the heading.
    document.getElementById('step-heading')?.focus();
    onEnglish();
  };
  return (
    <div className="notice translation-notice">
      <p>
        {t('translationNotice.text')}{' '}
        <span lang={fallbackLanguage} dir="ltr">
          {english('translationNotice.text')}
        </span>
      </p>
      <button type="button" className="secondary" onClick={switchToEnglish}>
        {t('translationNotice.switch')}{' '}
        <span lang={fallbackLanguage} dir="ltr">
          ({english('translationNotice.switch')})
        </span>
      </button>
    </div>
  );
}
