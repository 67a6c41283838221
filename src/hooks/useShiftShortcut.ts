// Pressing Shift on its own three times in a row exits, as in GOV.UK's Exit this page: any other
// key, or too long a pause, starts the count again.
import { useEffect, useRef, useState } from 'react';
import { exitShortcut } from '../exit';

/** Returns how many Shift presses are counted so far (0 when none). */
export function useShiftShortcut(onTriggered: () => void): number {
  const [presses, setPresses] = useState(0);
  const trigger = useRef(onTriggered);
  trigger.current = onTriggered;

  useEffect(() => {
    let count = 0;
    let last = 0;
    let reset: ReturnType<typeof setTimeout> | undefined;
    const update = (next: number) => {
      count = next;
      setPresses(next);
    };
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') update(0);
        return;
      }
      const now = Date.now();
      update(now - last > exitShortcut.withinMs ? 1 : count + 1);
      last = now;
      clearTimeout(reset);
      if (count >= exitShortcut.presses) {
        update(0);
        trigger.current();
      } else {
        reset = setTimeout(() => update(0), exitShortcut.withinMs);
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      clearTimeout(reset);
    };
  }, []);

  return presses;
}
