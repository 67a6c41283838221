// useTranslation for a namespace fetched on demand, which refuses to show raw keys: if neither the
// current language's words nor the English ones could be fetched, it throws, and the nearest
// error boundary shows its fallback instead.
import { useTranslation } from 'react-i18next';
import type { namespaces } from './i18n';

export function useWords<N extends (typeof namespaces)[number]>(namespace: N) {
  const translation = useTranslation(namespace);
  const { i18n } = translation;
  if (!i18n.hasResourceBundle(i18n.language, namespace) && !i18n.hasResourceBundle('en', namespace)) {
    throw new Error(`The ${namespace} words could not be loaded`);
  }
  return translation;
}
