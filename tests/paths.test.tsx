// Paths generated from the machine itself: every outcome is reachable, every path ends in an
// outcome, and clicking each path in the real UI (the answers, and "This is happening to me") shows
// the outcome's primary contact, in every language, without ever losing the emergency number.
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { resultIds } from '../src/flow/outcomes';
import { wizardMachine } from '../src/flow/wizardMachine';
import { clickEveryPath } from './clickEveryPath';
import { complete, forwardEvents, paths } from './machinePaths';

/** The ways through, counted by walking the machine one event at a time. */
function waysThrough(snapshot: SnapshotFrom<typeof wizardMachine>): number {
  const events = forwardEvents(snapshot);
  if (events.length === 0) return 1;
  return events.reduce((sum, event) => {
    const next = getNextSnapshot(wizardMachine, snapshot, event);
    // An event a question ignores would be a dead end for the person who chose it.
    expect(next.value, `${snapshot.value} ignores ${JSON.stringify(event)}`).not.toBe(snapshot.value);
    return sum + waysThrough(next);
  }, 0);
}

describe('paths from the machine', () => {
  it('reach every outcome', () => {
    const reached = new Set(complete.map((path) => path.state.value));
    expect([...reached].sort()).toEqual([...resultIds].sort());
  });

  it('all end in an outcome, and every question leads on', () => {
    expect(complete.length).toBe(waysThrough(createActor(wizardMachine).getSnapshot()));
    for (const path of paths) {
      const ended = forwardEvents(path.state as { value: string }).length === 0;
      expect(path.state.hasTag(ended ? 'outcome' : 'question')).toBe(true);
    }
  });
});

clickEveryPath();
