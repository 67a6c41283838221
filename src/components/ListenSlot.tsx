// Where the Listen button goes. It renders nothing until the page is running in a browser that can
// speak, so the prerendered HTML and its takeover match, and phones without speech fetch no code.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { ListenProps } from './Listen';

const Listen = lazy(() => import('./Listen'));

export function ListenSlot(props: ListenProps) {
  const [canSpeak, setCanSpeak] = useState(false);
  useEffect(() => setCanSpeak('speechSynthesis' in window), []);
  return canSpeak ? (
    <Suspense fallback={null}>
      <Listen {...props} />
    </Suspense>
  ) : null;
}
