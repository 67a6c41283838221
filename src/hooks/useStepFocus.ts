// Moves focus to the new step's heading whenever the step changes (not on first load, where focus
// belongs at the top of the page), so screen readers read the new question at once.
import { useEffect, useRef } from 'react';

export function useStepFocus(step: string) {
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(step);
  useEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    heading.current?.focus();
    window.scrollTo?.(0, 0);
  }, [step]);
  return heading;
}
