// An outcome as a step: the outcome screen, whose code and words load on demand (and are fetched
// ahead, while the first screen is idle: see App), and what stands in if they are missing. The 911
// outcome never waits: the copy the build put into the page (English) shows until its code is here,
// and for good if it never comes. Any other outcome whose code or words cannot be fetched says the
// tool could not load and shows every contact from the page: the crash screen is for real crashes.
import { lazy, Suspense, useCallback, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CrashBoundary } from '../components/CrashBoundary';
import { StaticNode } from '../components/StaticNode';
import type { OutcomeId } from '../flow/outcomeIds';

let loaded: (typeof import('./OutcomeScreen'))['OutcomeScreen'] | undefined;

/** Fetches the outcome screen's code; called ahead of need, so a tap finds it here. */
export const loadOutcomeScreen = () => {
  const loading = import('./OutcomeScreen').then(({ OutcomeScreen }) => (loaded = OutcomeScreen));
  // Callers that fetch ahead ignore a failure: the outcome's own load meets it and shows the stand-in.
  loading.catch(() => undefined);
  return loading;
};
const LazyOutcomeScreen = lazy(() => loadOutcomeScreen().then((screen) => ({ default: screen })));

interface Props {
  outcome: OutcomeId;
  headingRef: Ref<HTMLHeadingElement>;
  /** Opens Browsing safely (the note on what a phone keeps links to it). */
  onBrowsingSafely: () => void;
}

export function OutcomeStep({ outcome, headingRef, onBrowsingSafely }: Props) {
  const { t } = useTranslation();
  // The stand-in's heading (or note) takes focus as the real heading would.
  const onHeading = useCallback(
    (element: HTMLElement | null) => {
      if (typeof headingRef === 'function') headingRef(element as HTMLHeadingElement | null);
    },
    [headingRef],
  );
  const call911 = outcome === 'call911Result' && <StaticNode id="static-outcome" onHeading={onHeading} />;
  const missing = call911 || (
    <>
      <StaticNode id="boot-notice" onHeading={onHeading} />
      <StaticNode id="contact-directory" />
    </>
  );
  // Once fetched, rendered directly: a lazy component suspends for a moment on its first render
  // even when its code is here, and React then holds the fallback on screen a little longer.
  const OutcomeScreen = loaded ?? LazyOutcomeScreen;
  return (
    // Keyed by outcome: Back and another answer try again.
    <CrashBoundary key={outcome} fallback={missing}>
      <Suspense fallback={call911 || <p className="loading">{t('common.loading')}</p>}>
        <OutcomeScreen outcome={outcome} headingRef={headingRef} onBrowsingSafely={onBrowsingSafely} />
      </Suspense>
    </CrashBoundary>
  );
}
