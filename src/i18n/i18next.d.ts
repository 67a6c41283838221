// Every t('...') key is checked against the English file, the reference for all languages.
import 'i18next';
import type en from '../../locales/en/translation.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
