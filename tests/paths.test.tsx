// Paths generated from the machine itself: every outcome is reachable, every path ends in an
// outcome, and clicking each path in the real UI (the answers, and "This is happening to me") shows
// the outcome's primary contact, in every language, without ever losing the emergency number.
import { describe, expect, it } from 'vitest';
import { createActor, getNextSnapshot, type SnapshotFrom } from 'xstate';
import { outcomeIds } from '../src/flow/outcomeIds';
import { wizardMachine } from '../src/flow/wizardMachine';
import { forwardEvents } from '../src/flow/wizardPaths';
import { clickEveryPath } from './clickEveryPath';
import { paths } from './journeys';

/** The ways through, counted by walking the machine one event at a time. */
function waysThrough(snapshot: SnapshotFrom<typeof wizardMachine>): number {
  const events = forwardEvents(snapshot);
  if (events.length === 0) {
    // Where the events end is an outcome: no dead end.
    expect(snapshot.hasTag('outcome'), `${snapshot.value} leads nowhere`).toBe(true);
    return 1;
  }
  return events.reduce((sum, event) => {
    const next = getNextSnapshot(wizardMachine, snapshot, event);
    // An event a question ignores would be a dead end for the person who chose it.
    expect(next.value, `${snapshot.value} ignores ${JSON.stringify(event)}`).not.toBe(snapshot.value);
    return sum + waysThrough(next);
  }, 0);
}

describe('paths from the machine', () => {
  it('reach every outcome', () => {
    const reached = new Set(paths.map((path) => path.end));
    expect([...reached].sort()).toEqual([...outcomeIds].sort());
  });

  it('all end in an outcome, and every question leads on', () => {
    expect(paths.length).toBe(waysThrough(createActor(wizardMachine).getSnapshot()));
    for (const path of paths) {
      for (const step of path.steps) expect(wizardMachine.root.states[step.from].tags).toContain('question');
    }
  });
});

clickEveryPath();
