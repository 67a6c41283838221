// What the fetch ahead (useFetchAhead) fetches and prepares once the first screen is idle. A module
// of its own, loaded then, so the first screen's code only names it.
import type { i18n as I18n } from 'i18next';

/** `loadOutcomeScreen` fetches the outcome screen's code (src/screens/OutcomeStep.tsx). */
export function fetchAhead(i18n: I18n, loadOutcomeScreen: () => Promise<unknown>, language: string) {
  const ready = Promise.all([loadOutcomeScreen(), i18n.loadNamespaces('outcome')]);
  // A fetch that fails (offline, or a deploy has removed the file) is tried again when needed, and
  // what stands in then is the step's own: settled, so the failure here stays quiet.
  void Promise.allSettled([
    ready.then(() => import('../screens/rehearseOutcomes')).then(({ rehearseOutcomes }) => rehearseOutcomes(i18n)),
    import('../components/ContactDirectory'),
    import('../i18n/dates').then(({ prepareDates }) => prepareDates(language)),
    'speechSynthesis' in window && import('../components/Listen'),
  ]);
}
