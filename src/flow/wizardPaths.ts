// Every way through the wizard, walked from the machine itself: the events each step accepts are
// read from the machine's own transitions (its states' and its root's), so a new question, answer or
// root-level event is walked without touching this file. The one walk: "Question 2 of up to 4", the
// documents and review pack, and the path tests all read it. Core xstate only (no xstate/graph), so
// the first screen can count its questions with it.
import { getInitialSnapshot, getNextSnapshot, type AnyStateNode, type SnapshotFrom } from 'xstate';
import type { OutcomeId } from './outcomeIds.ts';
import { wizardMachine, type StepId, type WizardEvent } from './wizardMachine.ts';

type Snapshot = SnapshotFrom<typeof wizardMachine>;

/** Events that only go back over steps already taken; a path never needs them. */
const returning = new Set(['back', 'restart']);

/**
 * The events that move on from this step, each once, in the order the machine lists them: every
 * answer of a question, and "This is happening to me". An outcome is where a path ends.
 */
export function forwardEvents(snapshot: Snapshot): WizardEvent[] {
  if (snapshot.hasTag('outcome')) return [];
  const found = new Map<string, WizardEvent>();
  for (let node: AnyStateNode | undefined = wizardMachine.root.states[snapshot.value]; node; node = node.parent) {
    for (const [type, transitions] of node.transitions) {
      if (returning.has(type)) continue;
      for (const transition of transitions) {
        // An answer's guard carries the answer it matches: that is the event's payload.
        const guard = transition.guard as { params?: { answer?: string } } | undefined;
        const event = { type, ...(type === 'answer' ? { answer: guard?.params?.answer } : {}) } as WizardEvent;
        if (snapshot.can(event)) found.set(JSON.stringify(event), event);
      }
    }
  }
  return [...found.values()];
}

export interface Step {
  from: StepId;
  event: WizardEvent;
  to: StepId;
}

export interface WizardPath {
  /** The steps taken, from the first question on. */
  steps: readonly Step[];
  /** The outcome it ends in. */
  end: OutcomeId;
}

/** Every path from the first question to an outcome that never visits a step twice, depth first. */
export function wizardPaths(): WizardPath[] {
  const paths: WizardPath[] = [];
  const walk = (snapshot: Snapshot, steps: Step[]) => {
    const events = forwardEvents(snapshot);
    if (events.length === 0) {
      paths.push({ steps, end: snapshot.value as OutcomeId });
      return;
    }
    for (const event of events) {
      const next = getNextSnapshot(wizardMachine, snapshot, event);
      if (next.value === snapshot.value || steps.some((step) => step.from === next.value)) continue;
      walk(next, [...steps, { from: snapshot.value, event, to: next.value }]);
    }
  };
  walk(getInitialSnapshot(wizardMachine), []);
  return paths;
}

/** For each step (question or outcome), the shortest way to reach it, first found. */
export function shortestWays(paths: readonly WizardPath[] = wizardPaths()): ReadonlyMap<StepId, readonly Step[]> {
  const ways = new Map<StepId, readonly Step[]>([[getInitialSnapshot(wizardMachine).value, []]]);
  for (const { steps } of paths) {
    steps.forEach((step, index) => {
      const known = ways.get(step.to);
      if (!known || known.length > index + 1) ways.set(step.to, steps.slice(0, index + 1));
    });
  }
  return ways;
}

/** The most questions on any path: the "up to" in "Question 2 of up to 4". */
export function mostQuestions(paths: readonly WizardPath[] = wizardPaths()): number {
  return Math.max(...paths.map(({ steps }) => steps.length));
}
