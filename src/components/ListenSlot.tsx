// Where the Listen button goes. It renders nothing until the page is running in a browser that can
// speak, so the prerendered HTML and its takeover match, and phones without speech fetch no code.
import { lazy, Suspense, useEffect, useState } from 'react';
import { CrashBoundary } from './CrashBoundary';
import type { ListenProps } from './Listen';

const Listen = lazy(() => import('./Listen'));

export function ListenSlot(props: ListenProps) {
  const [canSpeak, setCanSpeak] = useState(false);
  useEffect(() => {
    // After the step's first frame: rendered with the step (or in a task run before its frame, as a
    // state update here otherwise can be), the button and its words delayed a slow phone's step.
    // (A slot gone by then is not set: React ignores it.)
    if ('speechSynthesis' in window) requestAnimationFrame(() => setTimeout(setCanSpeak, 0, true));
  }, []);
  // Code that cannot be fetched (the network went) only leaves the button out.
  return canSpeak ? (
    <CrashBoundary fallback={null}>
      <Suspense fallback={null}>
        <Listen {...props} />
      </Suspense>
    </CrashBoundary>
  ) : null;
}
