// What the fetch ahead (useFetchAhead) fetches and prepares once the first screen is idle. A module
// of its own, loaded then, so the first screen's code only names it.
import type { i18n as I18n } from 'i18next';

/** `loadOutcomeScreen` fetches the outcome screen's code (src/screens/OutcomeStep.tsx). */
export function fetchAhead(i18n: I18n, loadOutcomeScreen: () => Promise<unknown>, language: string) {
  const ready = [loadOutcomeScreen(), i18n.loadNamespaces('outcome')];
  void import('../components/ContactDirectory');
  void import('../i18n/dates').then(({ prepareDates }) => prepareDates(language));
  if ('speechSynthesis' in window) void import('../components/Listen');
  // Once all it needs is here (a failed fetch leaves the first outcome as it was).
  void Promise.all(ready)
    .then(() => import('../screens/rehearseOutcomes'))
    .then(({ rehearseOutcomes }) => rehearseOutcomes(i18n))
    .catch(() => undefined);
}
