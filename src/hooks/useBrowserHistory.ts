// The browser's Back button goes back one step instead of leaving the tool. Each step is a history
// entry with the same address: the URL never shows a step or an answer, only history.state does,
// and that holds nothing but the step count.
import { useEffect, useRef } from 'react';

interface StepState {
  wizardDepth: number;
}

function depthOf(state: unknown): number {
  const depth = (state as StepState | null)?.wizardDepth;
  return typeof depth === 'number' && Number.isInteger(depth) && depth >= 0 ? depth : 0;
}

/** Keeps one history entry per step taken; `onBack` is called once for each entry popped. */
export function useBrowserHistory(depth: number, onBack: () => void) {
  const current = useRef(depth);
  current.current = depth;
  const back = useRef(onBack);
  back.current = onBack;

  useEffect(() => {
    const inHistory = depthOf(window.history.state);
    for (let step = inHistory + 1; step <= depth; step++) {
      window.history.pushState({ wizardDepth: step } satisfies StepState, '');
    }
    // Back, Start over or a reset inside the app: drop the history entries of the steps undone.
    if (depth < inHistory) window.history.go(depth - inHistory);
  }, [depth]);

  useEffect(() => {
    function onPopState(event: PopStateEvent) {
      const target = depthOf(event.state);
      for (let step = current.current; step > target; step--) back.current();
      // Forward has no step to return to: step back to where the person is.
      if (target > current.current) window.history.go(current.current - target);
    }
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);
}
