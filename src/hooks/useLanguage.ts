// Switches language on request, keeps <html lang dir> in step, and says while a language is loading
// or that it failed to load (the page then stays as it was).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { languageOf, type Language, type LanguageCode } from '../i18n/languages';

export function useLanguage() {
  const { i18n } = useTranslation();
  const [failed, setFailed] = useState<Language>();
  const [loading, setLoading] = useState<Language>();
  const current = languageOf(i18n.language as LanguageCode);

  useEffect(() => {
    document.documentElement.lang = current.code;
    document.documentElement.dir = current.dir;
  }, [current]);

  const choose = useCallback(
    async (code: LanguageCode) => {
      setFailed(undefined);
      setLoading(languageOf(code));
      try {
        await changeLanguage(i18n, code);
      } catch {
        setFailed(languageOf(code));
      } finally {
        setLoading(undefined);
      }
    },
    [i18n],
  );

  return { current, loading, failed, choose };
}
