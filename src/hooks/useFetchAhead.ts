// Once the first screen has settled (painted, taken over, the browser idle), fetches what any
// answer can need, so no answer waits on the network: the outcome screen's code and the current
// language's outcome words (a language chosen later brings its own: i18next loads every namespace
// in use), the crash screen's list, and Listen where the browser speaks. Not a bigger first screen.
// It also builds the language's date formats, whose first use would otherwise slow the first outcome,
// and then renders each outcome once out of sight, so that the tap that needs one finds its code
// compiled and its text's fonts ready (src/screens/rehearseOutcomes.tsx). The list is fetched too
// (src/hooks/fetchAhead.ts), so the first screen's code only names it.
import { useEffect } from 'react';
import type { i18n as I18n } from 'i18next';

/** `loadOutcomeScreen` fetches the outcome screen's code (src/screens/OutcomeStep.tsx). */
export function useFetchAhead(i18n: I18n, loadOutcomeScreen: () => Promise<unknown>, language: string) {
  useEffect(() => {
    // Offline, even this module may not come: then each step fetches its own when needed.
    const fetchAhead = () =>
      void import('./fetchAhead').then((ahead) => ahead.fetchAhead(i18n, loadOutcomeScreen, language), () => undefined);
    // Safari has no requestIdleCallback.
    if (window.requestIdleCallback) {
      const id = window.requestIdleCallback(fetchAhead, { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const id = setTimeout(fetchAhead, 500);
    return () => clearTimeout(id);
  }, [i18n, loadOutcomeScreen, language]);
}
