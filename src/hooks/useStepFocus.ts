// Moves focus to the new step's heading whenever the step changes (not on first load, where focus
// belongs at the top of the page), so screen readers read the new question at once. A step whose
// screen is still loading gets focus when its heading arrives.
import { useCallback, useEffect, useRef } from 'react';

export function useStepFocus(step: string) {
  const heading = useRef<HTMLHeadingElement | null>(null);
  const shown = useRef(step);
  const focusPending = useRef(false);

  const focused = useRef<HTMLHeadingElement | null>(null);

  const arrive = useCallback((element: HTMLHeadingElement) => {
    // A stand-in's heading (the page's copy of the 911 outcome) replaced by the real one takes
    // focus with it, so a screen reader does not lose its place; the scroll stays where it is.
    if (!focusPending.current) {
      const before = focused.current;
      // Lost: the focused heading left the page (or was moved, which also drops focus).
      const lost = before !== null && document.activeElement === document.body && (before === element || !before.isConnected);
      if (lost) (focused.current = element).focus();
      return;
    }
    focusPending.current = false;
    focused.current = element;
    element.focus();
    window.scrollTo?.(0, 0);
  }, []);

  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    focusPending.current = true;
    if (heading.current) arrive(heading.current);
  }, [step, arrive]);

  return useCallback(
    (element: HTMLHeadingElement | null) => {
      heading.current = element;
      if (element) arrive(element);
    },
    [arrive],
  );
}
