// The browser's Back and Forward, owned here alone: one history entry per step taken and per page
// opened over the questions (Browsing safely, Learn, a Learn topic), all with the same address, so
// the URL never shows a step or an answer. history.state holds only numbers: the entry's place among
// the tool's entries, the step depth, and how many pages were open. What the pages are stays in memory.
import { useCallback, useEffect, useRef, useState } from 'react';
import { replacePage } from '../navigation';

interface Position {
  /** Place among this tab's entries of the tool: 0 is the first. */
  index: number;
  /** Steps taken (the app's depth). */
  depth: number;
  /** Pages open over the step. */
  open: number;
}

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
  const now = useRef({
    /** The entry of depth 0 with no page open; entries before it were left by an earlier load. */
    base: 0,
    /** The entry the browser is on, as far as we know. */
    index: 0,
    depth,
    pages,
    /** A history.go of ours is under way: its popstate only tells us where we landed. */
    moving: false,
    /** Exit: leaves, once the browser is back on the tool's first entry. */
    leaving: undefined as (() => void) | undefined,
  }).current;
  now.depth = depth;
  now.pages = pages;
  const back = useRef(onBack);
  back.current = onBack;

  /** Adds or removes entries so the browser's matches the app's; removal waits for its popstate. */
  const sync = useCallback(() => {
    if (now.moving || now.leaving) return;
    const wanted = now.base + now.depth + now.pages.length;
    if (wanted < now.index) {
      now.moving = true;
      window.history.go(wanted - now.index);
      return;
    }
    while (now.index < wanted) {
      now.index += 1;
      const steps = Math.min(now.index - now.base, now.depth);
      const position: Position = { index: now.index, depth: steps, open: now.index - now.base - steps };
      window.history.pushState({ wsid: position } satisfies EntryState, '');
    }
  }, [now]);

  useEffect(() => {
    // After a reload the entries of the earlier steps are still there, behind this one. They are
    // not trimmed with history.go (its popstate would arrive late and undo a quick first tap):
    // this entry simply becomes the start, and Back from it leaves the tool.
    now.index = now.base = positionOf(window.history.state)?.index ?? 0;
    window.history.replaceState({ wsid: { index: now.index, depth: 0, open: 0 } } satisfies EntryState, '');
    sync();

    function onPopState(event: PopStateEvent) {
      const at = positionOf(event.state);
      if (now.moving) {
        // Our own history.go has landed.
        now.moving = false;
        if (at) now.index = at.index;
        if (!now.leaving) return sync();
        // Exit came while it was under way: go on back to the first entry from here.
        if (now.index === 0) return now.leaving();
        return window.history.go(-now.index);
      }
      if (now.leaving) return now.leaving();
      if (!at) return;
      now.index = at.index;
      const earlier = at.index < now.base;
      // Forward onto a step or page that is no longer known: stay where the person is.
      const depthThere = earlier ? 0 : at.depth;
      const kept = Math.min(depthThere, now.depth);
      const openThere = earlier || depthThere > now.depth ? 0 : at.open;
      for (let step = now.depth; step > kept; step--) back.current();
      now.depth = kept;
      now.pages = now.pages.slice(0, Math.min(openThere, now.pages.length));
      setPages(now.pages);
      if (earlier) {
        // Back from the first question onto an entry an earlier load left: leave the tool, as Back
        // from a first question does (if nothing came before it, the browser stays here).
        now.base = at.index;
        window.history.replaceState({ wsid: { index: at.index, depth: 0, open: 0 } } satisfies EntryState, '');
        window.history.go(-at.index - 1);
        return;
      }
      sync();
    }
    // Brought back from the back-forward cache after Exit: the app starts afresh, and so do we.
    function onPageShow(event: PageTransitionEvent) {
      if (event.persisted) now.leaving = undefined;
    }
    window.addEventListener('popstate', onPopState);
    window.addEventListener('pageshow', onPageShow);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener('pageshow', onPageShow);
    };
  }, [now, sync]);

  useEffect(sync, [depth, pages, sync]);

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
     * Leaves for `url` so that Back does not return to the tool: steps back to the tool's first
     * entry, then replaces it. Later entries stay as Forward, but they hold nothing but numbers.
     */
    leave: useCallback(
      (url: string) => {
        let gone = false;
        now.leaving = () => {
          if (!gone) replacePage(url);
          gone = true;
        };
        setTimeout(now.leaving, leaveWithinMs);
        // A history.go of ours under way lands first; its popstate carries on from there.
        if (now.moving) return;
        if (now.index === 0) return now.leaving();
        window.history.go(-now.index);
      },
      [now],
    ),
  };
}
