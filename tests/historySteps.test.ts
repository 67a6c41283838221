// Keeping the browser's history in step with the app (src/hooks/historySteps.ts), one transition at a
// time: every state it can be in, and what each event makes it do. The browser tests
// (tests/e2e/history.spec.ts, the model test) then check the same behaviour in Chromium.
import { describe, expect, it } from 'vitest';
import { historySteps, initialHistory, type HistoryEvent, type HistoryState } from '../src/hooks/historySteps';

/** The state after these events from a fresh start, and the steps of the last one. */
function after(...events: HistoryEvent[]) {
  return events.reduce<[HistoryState, ReturnType<typeof historySteps>[1]]>(([state], event) => historySteps(state, event), [initialHistory, []]);
}

const at = (index: number, depth: number, open = 0) => ({ index, depth, open });

describe('settled: the browser is where the app is', () => {
  it('start: makes the current entry the first of the tool, whatever an earlier load left in it', () => {
    const [state, steps] = after({ type: 'start', at: at(3, 3) });
    expect(state).toMatchObject({ phase: 'settled', base: 3, index: 3 });
    // Replaced, not trimmed with history.go: that would undo a quick first tap.
    expect(steps).toEqual([{ type: 'replace', position: at(3, 0) }]);
  });

  it('app moves on: one entry per step and per page, holding only numbers', () => {
    const [state, steps] = after({ type: 'start' }, { type: 'app', depth: 2, open: 1 });
    expect(state).toMatchObject({ index: 3, depth: 2, open: 1 });
    expect(steps).toEqual([
      { type: 'push', position: at(1, 1) },
      { type: 'push', position: at(2, 2) },
      { type: 'push', position: at(3, 2, 1) },
    ]);
  });

  it('app goes back (its own Back, Start over): steps the browser back, then waits for it to land', () => {
    const [state, steps] = after({ type: 'start' }, { type: 'app', depth: 3, open: 0 }, { type: 'app', depth: 0, open: 0 });
    expect(state.phase).toBe('moving');
    expect(steps).toEqual([{ type: 'go', delta: -3 }]);
  });

  it("browser Back: undoes the app's step and closes pages, pushing nothing", () => {
    const [state, steps] = after({ type: 'start' }, { type: 'app', depth: 2, open: 1 }, { type: 'popped', at: at(2, 2) });
    expect(state).toMatchObject({ phase: 'settled', index: 2, depth: 2, open: 0 });
    expect(steps).toEqual([{ type: 'keepPages', count: 0 }]);
    const [, back] = historySteps(state, { type: 'popped', at: at(1, 1) });
    expect(back).toEqual([{ type: 'undoSteps', count: 1 }]);
  });

  it('browser Forward onto a step no longer known: stays where the person is', () => {
    const [, steps] = after({ type: 'start' }, { type: 'app', depth: 1, open: 0 }, { type: 'popped', at: at(3, 3) });
    expect(steps.filter((step) => step.type === 'undoSteps' || step.type === 'keepPages')).toEqual([]);
  });

  it('browser Back past the first entry of this load, onto an earlier load: leaves the tool', () => {
    const [state, steps] = after({ type: 'start', at: at(2, 2) }, { type: 'popped', at: at(1, 1) });
    expect(state.base).toBe(1);
    expect(steps).toEqual([{ type: 'replace', position: at(1, 0) }, { type: 'go', delta: -2 }]);
  });

  it('exit on the first entry: leaves at once', () => {
    const [state, steps] = after({ type: 'start' }, { type: 'exit' });
    expect(state.phase).toBe('left');
    expect(steps).toEqual([{ type: 'leave' }]);
  });

  it('exit further in: steps back to the first entry first', () => {
    const [state, steps] = after({ type: 'start' }, { type: 'app', depth: 2, open: 0 }, { type: 'exit' });
    expect(state.phase).toBe('leaving');
    expect(steps).toEqual([{ type: 'go', delta: -2 }]);
  });
});

describe('moving: a history.go of ours is under way', () => {
  const moving = () => after({ type: 'start' }, { type: 'app', depth: 2, open: 0 }, { type: 'app', depth: 0, open: 0 })[0];

  it('its popstate only says where it landed, and the entries follow the app again', () => {
    const [landed, steps] = historySteps({ ...moving(), depth: 1 }, { type: 'popped', at: at(0, 0) });
    expect(landed).toMatchObject({ phase: 'settled', index: 1 });
    expect(steps).toEqual([{ type: 'push', position: at(1, 1) }]);
  });

  it('the app moving meanwhile is remembered, not pushed', () => {
    const [state, steps] = historySteps(moving(), { type: 'app', depth: 1, open: 0 });
    expect(state).toMatchObject({ phase: 'moving', depth: 1 });
    expect(steps).toEqual([]);
  });

  it('exit meanwhile waits for it to land, then goes on back to the first entry', () => {
    const [pending, none] = historySteps(moving(), { type: 'exit' });
    expect(none).toEqual([]);
    expect(pending.exitPending).toBe(true);
    const [leaving, steps] = historySteps(pending, { type: 'popped', at: at(1, 1) });
    expect(leaving.phase).toBe('leaving');
    expect(steps).toEqual([{ type: 'go', delta: -1 }]);
    expect(historySteps(pending, { type: 'popped', at: at(0, 0) })[1]).toEqual([{ type: 'leave' }]);
  });
});

describe('leaving: Exit is stepping back', () => {
  const leaving = () => after({ type: 'start' }, { type: 'app', depth: 2, open: 0 }, { type: 'exit' })[0];

  it('leaves when the browser lands, and never pushes or undoes anything on the way', () => {
    expect(historySteps(leaving(), { type: 'app', depth: 0, open: 0 })[1]).toEqual([]);
    expect(historySteps(leaving(), { type: 'popped', at: at(0, 0) })).toEqual([expect.objectContaining({ phase: 'left' }), [{ type: 'leave' }]]);
  });

  it('leaves anyway when the wait runs out, once only', () => {
    const [left, steps] = historySteps(leaving(), { type: 'exitTimeout' });
    expect(steps).toEqual([{ type: 'leave' }]);
    expect(historySteps(left, { type: 'popped', at: at(0, 0) })[1]).toEqual([]);
    expect(historySteps(left, { type: 'exitTimeout' })[1]).toEqual([]);
  });

  it('a timeout after a settled history does nothing', () => {
    expect(after({ type: 'start' }, { type: 'exitTimeout' })[1]).toEqual([]);
  });
});

describe('restored from the back-forward cache after Exit', () => {
  it('settles again, so the tool works as on a fresh start', () => {
    const [left] = after({ type: 'start' }, { type: 'exit' });
    const [state] = historySteps(left, { type: 'restored' });
    expect(state.phase).toBe('settled');
    expect(historySteps(state, { type: 'app', depth: 1, open: 0 })[1]).toEqual([{ type: 'push', position: at(1, 1) }]);
  });
});
