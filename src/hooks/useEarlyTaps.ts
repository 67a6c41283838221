// Taps again, once the app is ready, the answer someone tapped while it was still loading
// (src/boot.js remembers it), so a quick first tap is never lost.
import { useEffect } from 'react';

declare global {
  interface Window {
    takeEarlyTaps?: () => number[];
  }
}

// Taken when this module loads, before React takes over the page: from then on React hears the
// taps itself (and replays those made while it hydrates), so none is counted twice.
const earlyTaps = typeof window === 'undefined' ? [] : (window.takeEarlyTaps?.() ?? []);

export function useEarlyTaps() {
  useEffect(() => {
    const last = earlyTaps.splice(0).at(-1);
    if (last === undefined || last < 0) return;
    document.querySelectorAll<HTMLButtonElement>('.answers button')[last]?.click();
  }, []);
}
