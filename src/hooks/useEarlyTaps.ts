// Answers again, once the app is ready, what someone tapped while it was still loading (src/boot.js
// heard it; src/handover.ts is the contract), so a quick first tap is never lost. Then boot.js's own
// help (the prerendered 911 outcome it may have shown) makes way for the app's.
import { useEffect, useRef } from 'react';
import { bootAttribute, takeHandover, type Handover } from '../handover';

let handover: Handover = { answers: [], gaveUp: false };

/**
 * Ends boot.js's listening and keeps what it heard. Called just before React takes over the page:
 * from then on React hears taps itself (and replays those made while it hydrates), so none counts
 * twice. Returns false when boot.js has given up and shows its own help: then the app stays away.
 */
export function takeEarlyTaps(): boolean {
  handover = takeHandover();
  return !handover.gaveUp;
}

/** Calls `answer` with the last answer tapped early, if `isAnswer` accepts it. */
export function useEarlyTaps<A extends string>(isAnswer: (answer: string) => answer is A, answer: (answer: A) => void) {
  const replay = useRef(answer);
  replay.current = answer;
  useEffect(() => {
    const last = handover.answers.splice(0).at(-1);
    if (last !== undefined && isAnswer(last)) replay.current(last);
    document.documentElement.removeAttribute(bootAttribute);
    // Runs once, at takeover.
  }, []);
}
