// Where the Listen button goes. It renders nothing until the page is running in a browser that can
// speak, so the prerendered HTML and its takeover match, and phones without speech fetch no code.
import { createContext, lazy, Suspense, useContext, useEffect, useState } from 'react';
import { CrashBoundary } from './CrashBoundary';
import type { ListenProps } from './Listen';

const Listen = lazy(() => import('./Listen'));

/** True where a screen is rendered off the page ahead of need (src/screens/rehearseOutcomes.tsx):
 *  no Listen there, since a Listen button that goes away stops any speech playing. */
export const Offstage = createContext(false);

export function ListenSlot(props: ListenProps) {
  const offstage = useContext(Offstage);
  const [canSpeak, setCanSpeak] = useState(false);
  useEffect(() => {
    if (offstage || !('speechSynthesis' in window)) return;
    // Once the step has been painted: rendered with it (or in a task run before its frame, as a
    // state update here otherwise can be), the button and its words delayed a slow phone's step.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setCanSpeak(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [offstage]);
  // Code that cannot be fetched (the network went) only leaves the button out.
  return canSpeak ? (
    <CrashBoundary fallback={null}>
      <Suspense fallback={null}>
        <Listen {...props} />
      </Suspense>
    </CrashBoundary>
  ) : null;
}
