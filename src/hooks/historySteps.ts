// How the tool keeps the browser's history in step with the app, as a pure function: from what just
// happened (the app moved on, the browser popped an entry, Exit was pressed) and where things stand,
// the next state and the steps to take (push or replace an entry, step the browser back, undo app
// steps, leave). useBrowserHistory.ts carries the steps out; tests/historySteps.test.ts checks each
// transition. The entries all have the same address; history.state holds only numbers.

/** What an entry of the tool records in history.state: only numbers. */
export interface Position {
  /** Place among this tab's entries of the tool: 0 is the first. */
  index: number;
  /** Steps taken (the app's depth). */
  depth: number;
  /** Pages open over the step. */
  open: number;
}

/**
 * `settled`: the browser is where the app is. `moving`: a history.go of ours is under way; its popstate
 * only says where we landed. `leaving`: Exit was pressed; we step back to the tool's first entry, then
 * the page is replaced. `left`: the page is being replaced; nothing else happens.
 */
export type Phase = 'settled' | 'moving' | 'leaving' | 'left';

export interface HistoryState {
  phase: Phase;
  /** Exit came while a move of ours was under way: leave once it lands. */
  exitPending: boolean;
  /** The entry of depth 0 with no page open; entries before it were left by an earlier load. */
  base: number;
  /** The entry the browser is on, as far as we know. */
  index: number;
  /** The app's steps and open pages, as history has them. */
  depth: number;
  open: number;
}

export type HistoryEvent =
  /** The app started, on an entry whose state says `at` (a reload keeps the old entry's numbers). */
  | { type: 'start'; at?: Position }
  /** The app now has this many steps and pages open. */
  | { type: 'app'; depth: number; open: number }
  /** The browser moved to an entry (Back, Forward, or a history.go of ours landing). */
  | { type: 'popped'; at?: Position }
  /** Exit this page. */
  | { type: 'exit' }
  /** Exit's wait for the browser ran out: leave from wherever we are. */
  | { type: 'exitTimeout' }
  /** Brought back from the back-forward cache after Exit: start afresh. */
  | { type: 'restored' };

export type HistoryStep =
  | { type: 'push'; position: Position }
  | { type: 'replace'; position: Position }
  | { type: 'go'; delta: number }
  /** Undo this many of the app's steps (the browser's Back went past them). */
  | { type: 'undoSteps'; count: number }
  /** Keep only this many pages open. */
  | { type: 'keepPages'; count: number }
  /** Replace the page with the neutral site. */
  | { type: 'leave' };

export const initialHistory: HistoryState = { phase: 'settled', exitPending: false, base: 0, index: 0, depth: 0, open: 0 };

type Result = [HistoryState, HistoryStep[]];

/** Adds or removes entries so the browser's match the app's; removal waits for its popstate. */
function sync(state: HistoryState): Result {
  const wanted = state.base + state.depth + state.open;
  if (wanted < state.index) return [{ ...state, phase: 'moving' }, [{ type: 'go', delta: wanted - state.index }]];
  const steps: HistoryStep[] = [];
  for (let index = state.index + 1; index <= wanted; index++) {
    const depth = Math.min(index - state.base, state.depth);
    steps.push({ type: 'push', position: { index, depth, open: index - state.base - depth } });
  }
  return [{ ...state, index: Math.max(state.index, wanted) }, steps];
}

/** Steps back to the tool's first entry, then leaves: Back from the neutral site skips the tool. */
function leaveFrom(state: HistoryState): Result {
  return state.index === 0 ? [{ ...state, phase: 'left' }, [{ type: 'leave' }]] : [{ ...state, phase: 'leaving' }, [{ type: 'go', delta: -state.index }]];
}

export function historySteps(state: HistoryState, event: HistoryEvent): Result {
  if (state.phase === 'left' && event.type !== 'restored') return [state, []];
  switch (event.type) {
    case 'start': {
      // After a reload the entries of the earlier steps are still there, behind this one. They are
      // not trimmed with history.go (its popstate would arrive late and undo a quick first tap):
      // this entry simply becomes the start, and Back from it leaves the tool.
      const index = event.at?.index ?? 0;
      const started = { ...state, base: index, index };
      const [next, steps] = sync(started);
      return [next, [{ type: 'replace', position: { index, depth: 0, open: 0 } }, ...steps]];
    }
    case 'app': {
      const moved = { ...state, depth: event.depth, open: event.open };
      return state.phase === 'settled' ? sync(moved) : [moved, []];
    }
    case 'exit':
      // A move of ours under way lands first; its popstate carries on from there.
      return state.phase === 'moving' ? [{ ...state, exitPending: true }, []] : leaveFrom(state);
    case 'exitTimeout':
      return state.phase === 'leaving' || state.exitPending ? [{ ...state, phase: 'left' }, [{ type: 'leave' }]] : [state, []];
    case 'restored':
      return [{ ...state, phase: 'settled', exitPending: false }, []];
    case 'popped': {
      if (state.phase === 'moving') {
        // Our own history.go has landed.
        const landed = { ...state, phase: 'settled' as const, index: event.at?.index ?? state.index };
        return landed.exitPending ? leaveFrom({ ...landed, exitPending: false }) : sync(landed);
      }
      if (state.phase === 'leaving') return [{ ...state, phase: 'left' }, [{ type: 'leave' }]];
      const at = event.at;
      if (!at) return [state, []];
      const earlier = at.index < state.base;
      // Forward onto a step or page that is no longer known: stay where the person is.
      const depthThere = earlier ? 0 : at.depth;
      const depth = Math.min(depthThere, state.depth);
      const open = earlier || depthThere > state.depth ? 0 : Math.min(at.open, state.open);
      const steps: HistoryStep[] = [];
      if (state.depth > depth) steps.push({ type: 'undoSteps', count: state.depth - depth });
      if (state.open > open) steps.push({ type: 'keepPages', count: open });
      const moved = { ...state, index: at.index, depth, open };
      if (earlier) {
        // Back from the first question onto an entry an earlier load left: leave the tool, as Back
        // from a first question does (if nothing came before it, the browser stays here).
        return [
          { ...moved, base: at.index },
          [...steps, { type: 'replace', position: { index: at.index, depth: 0, open: 0 } }, { type: 'go', delta: -at.index - 1 }],
        ];
      }
      const [next, more] = sync(moved);
      return [next, [...steps, ...more]];
    }
  }
}
