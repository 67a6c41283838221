// The browser's Back and Forward, owned here alone: one history entry per step taken and per page
// opened over the questions (Browsing safely, Learn, a Learn topic), all with the same address, so
// the URL never shows a step or an answer. What to do when is decided by historySteps.ts, a pure
// function with its states spelled out; this hook only carries its steps out. What the pages are
// stays in memory; history.state holds only numbers.
import { useCallback, useEffect, useRef, useState } from 'react';
import { leavePage } from '../exit';
import { historySteps, initialHistory, type HistoryEvent, type Position } from './historySteps';

interface EntryState {
  wsid: Position;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

function positionOf(state: unknown): Position | undefined {
  const position = (state as EntryState | null)?.wsid;
  return position && isCount(position.index) && isCount(position.depth) && isCount(position.open) ? position : undefined;
}

/** How long Exit waits for the browser to step back before it leaves anyway. */
const leaveWithinMs = 1000;

/**
 * Keeps history in step with the app. `depth` is the number of steps taken; `onBack` undoes one and
 * is called once per step entry popped. Pages over the step are opened and closed through the result.
 */
export function useBrowserHistory<Page extends string>(depth: number, onBack: () => void) {
  const [pages, setPages] = useState<readonly Page[]>([]);
  const state = useRef(initialHistory);
  const back = useRef(onBack);
  back.current = onBack;

  const dispatch = useCallback((event: HistoryEvent) => {
    const [next, steps] = historySteps(state.current, event);
    state.current = next;
    for (const step of steps) {
      switch (step.type) {
        case 'push':
          window.history.pushState({ wsid: step.position } satisfies EntryState, '');
          break;
        case 'replace':
          window.history.replaceState({ wsid: step.position } satisfies EntryState, '');
          break;
        case 'go':
          window.history.go(step.delta);
          break;
        case 'undoSteps':
          for (let count = 0; count < step.count; count++) back.current();
          break;
        case 'keepPages':
          setPages((open) => open.slice(0, step.count));
          break;
        case 'leave':
          leavePage();
          break;
      }
    }
  }, []);

  useEffect(() => {
    dispatch({ type: 'start', at: positionOf(window.history.state) });
    const onPopState = (event: PopStateEvent) => dispatch({ type: 'popped', at: positionOf(event.state) });
    // Brought back from the back-forward cache after Exit: the app starts afresh, and so do we.
    const onPageShow = (event: PageTransitionEvent) => event.persisted && dispatch({ type: 'restored' });
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [dispatch]);

  useEffect(() => dispatch({ type: 'app', depth, open: pages.length }), [dispatch, depth, pages.length]);

  return {
    /** The pages open over the step, bottom first. */
    pages,
    /** Opens a page over the current one, with an entry of its own so Back closes it. */
    open: useCallback((page: Page) => setPages((open) => [...open, page]), []),
    /** Closes the top page, as the browser's Back would. */
    close: useCallback(() => window.history.back(), []),
    /** Closes every page at once (Start over, a kiosk reset). */
    closeAll: useCallback(() => setPages([]), []),
    /** Shows these pages instead of the open ones (another panel from the footer). */
    replace: useCallback((next: readonly Page[]) => setPages(next), []),
    /**
     * Leaves for the neutral site so that Back does not return to the tool: steps back to the tool's
     * first entry, then replaces it. Later entries stay as Forward, but they hold nothing but numbers.
     */
    leave: useCallback(() => {
      setTimeout(() => dispatch({ type: 'exitTimeout' }), leaveWithinMs);
      dispatch({ type: 'exit' });
    }, [dispatch]),
  };
}
