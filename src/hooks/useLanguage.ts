// Switches language on request, keeps <html lang dir> in step, and says while a language is loading
// or that it failed to load (the page then stays as it was) until the person moves to another step.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n';
import { languageOf, type Language, type LanguageCode } from '../i18n/languages';

/** `step` names the step on show: a failure notice belongs to the step where it happened. */
export function useLanguage(step: string) {
  const { i18n } = useTranslation();
  const [failed, setFailed] = useState<Language>();
  const [loading, setLoading] = useState<Language>();
  const latest = useRef(0);
  const current = languageOf(i18n.language as LanguageCode);

  // A notice that outlives its step reads as if something new went wrong.
  useEffect(() => setFailed(undefined), [step]);

  useEffect(() => {
    document.documentElement.lang = current.code;
    document.documentElement.dir = current.dir;
    // The tab's title never names a question or outcome: browsers keep titles in their history.
    document.title = `${i18n.t('app.name')} · ${i18n.t('app.place')}`;
  }, [current, i18n]);

  const choose = useCallback(
    async (code: LanguageCode) => {
      // Only the latest choice counts, however the loads finish: a kiosk reset must not be overtaken
      // by the language the last person chose a moment before.
      const request = ++latest.current;
      setFailed(undefined);
      if (code === i18n.language) return setLoading(undefined);
      setLoading(languageOf(code));
      try {
        await i18n.loadLanguages(code);
        if (request !== latest.current) return;
        // The notice ends as the language arrives: cleared after, it would be said again in the new language.
        setLoading(undefined);
        await changeLanguage(i18n, code);
      } catch {
        if (request === latest.current) setFailed(languageOf(code));
      } finally {
        if (request === latest.current) setLoading(undefined);
      }
    },
    [i18n],
  );

  return { current, loading, failed, choose };
}
