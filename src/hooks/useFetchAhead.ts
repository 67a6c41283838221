// Once the first screen has settled (painted, taken over, the browser idle), fetches what any
// answer can need, so no answer waits on the network: the outcome screen's code and the current
// language's outcome words (a language chosen later brings its own: i18next loads every namespace
// in use), the crash screen's list, and Listen where the browser speaks. Not a bigger first screen.
// It also builds the language's date formats, whose first use would otherwise slow the first outcome.
import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';

/** `loadOutcomeScreen` fetches the outcome screen's code (src/screens/OutcomeStep.tsx). */
export function useFetchAhead(i18n: I18n, loadOutcomeScreen: () => Promise<unknown>, language: string) {
  useEffect(() => {
    // A fetch that fails (offline, or a deploy has removed the file) is tried again when needed, and
    // what stands in then is the step's own: settled, so the failure here stays quiet.
    const fetchAhead = () =>
      void Promise.allSettled([
        loadOutcomeScreen(),
        i18n.loadNamespaces('outcome'),
        import('../components/ContactDirectory'),
        import('../i18n/dates').then(({ prepareDates }) => prepareDates(language)),
        'speechSynthesis' in window && import('../components/Listen'),
      ]);
    // Safari has no requestIdleCallback.
    if (window.requestIdleCallback) {
      const id = window.requestIdleCallback(fetchAhead, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(fetchAhead, 500);
    return () => clearTimeout(id);
  }, [i18n, loadOutcomeScreen, language]);
}
