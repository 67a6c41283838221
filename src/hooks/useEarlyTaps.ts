// Taps again, once the app is ready, the answer someone tapped while it was still loading
// (src/boot.js remembers it), so a quick first tap is never lost.
import { useEffect } from 'react';

declare global {
  interface Window {
    takeEarlyTaps?: () => number[];
  }
}

let earlyTaps: number[] = [];

/**
 * Ends boot.js's listening and keeps what it heard. Called just before React takes over the page:
 * from then on React hears taps itself (and replays those made while it hydrates), so none counts twice.
 */
export function takeEarlyTaps() {
  earlyTaps = window.takeEarlyTaps?.() ?? [];
}

export function useEarlyTaps() {
  useEffect(() => {
    const last = earlyTaps.splice(0).at(-1);
    if (last === undefined || last < 0) return;
    document.querySelectorAll<HTMLButtonElement>('.answers button')[last]?.click();
  }, []);
}
