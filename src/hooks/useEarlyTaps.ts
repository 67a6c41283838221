// Answers again, once the app is ready, what someone tapped while it was still loading (src/boot.js
// heard it; src/handover.ts is the contract), so a quick first tap is never lost. Then boot.js's own
// help (the prerendered 911 outcome it may have shown) makes way for the app's.
import { useEffect, useRef } from 'react';
import { bootAttribute, takeHandover, type Handover } from '../handover';

let handover: Handover = { steps: [], gaveUp: false };

/**
 * Ends boot.js's listening and keeps what it heard. Called just before React takes over the page:
 * from then on React hears taps itself (and replays those made while it hydrates), so none counts
 * twice. Returns false when boot.js has given up and shows its own help: then the app stays away.
 */
export function takeEarlyTaps(): boolean {
  handover = takeHandover();
  return !handover.gaveUp;
}

/** Calls `take` with the last step tapped early (an answer, or `aboutMe`), if `isStep` accepts it. */
export function useEarlyTaps<S extends string>(isStep: (step: string) => step is S, take: (step: S) => void) {
  const replay = useRef(take);
  replay.current = take;
  useEffect(() => {
    const last = handover.steps.splice(0).at(-1);
    if (last !== undefined && isStep(last)) replay.current(last);
    // Emptied, not removed: its presence keeps the help for blocked scripts away (src/handover.ts).
    document.documentElement.setAttribute(bootAttribute, '');
    // Runs once, at takeover.
  }, []);
}
