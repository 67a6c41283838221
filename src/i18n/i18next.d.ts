// Every t('...') key is checked against the English files, the reference for all languages.
import 'i18next';
import type learn from '../../locales/en/learn.json';
import type kiosk from '../../locales/en/kiosk.json';
import type outcome from '../../locales/en/outcome.json';
import type review from '../../locales/en/review.json';
import type safety from '../../locales/en/safety.json';
import type translation from '../../locales/en/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof translation;
      outcome: typeof outcome;
      safety: typeof safety;
      kiosk: typeof kiosk;
      learn: typeof learn;
      review: typeof review;
    };
  }
}
