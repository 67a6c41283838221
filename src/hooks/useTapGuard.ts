// A double tap answers once and never acts on the next screen: the second tap of a pair lands on
// whatever the new screen put under the finger (the Learn link, Back, Start over). The second click
// of a double tap or click (the browser counts it in `detail`, for touch as for a mouse) is dropped
// before it reaches anything in the step when the step changed a moment before. A single quick
// click is always meant, and the header (Exit, 911, language) never moves, so it is not guarded.
import { useLayoutEffect, useRef, type MouseEvent } from 'react';

/** Longer than the two taps of a double tap take. */
const settleMs = 400;

/** Returns a capture-phase click handler for the step's container; `step` names what is shown. */
export function useTapGuard(step: string) {
  const shown = useRef(step);
  const changedAt = useRef(-Infinity);
  useLayoutEffect(() => {
    if (shown.current === step) return;
    shown.current = step;
    changedAt.current = performance.now();
  }, [step]);
  return (event: MouseEvent) => {
    if (event.detail < 2 || event.nativeEvent.timeStamp - changedAt.current >= settleMs) return;
    event.preventDefault();
    event.stopPropagation();
  };
}
