// Every forward path through the wizard, found by running the machine itself: the events each step
// accepts are read from the machine's own transitions (its states' and the root's), so a new
// question, answer or root-level event shows up in the docs without touching this file.
import { getSimplePaths } from 'xstate/graph';
import type { AnyStateNode } from 'xstate';
import { wizardMachine, type WizardEvent } from '../flow/wizardMachine';

type Snapshot = ReturnType<typeof wizardMachine.transition>;

/** Events that only go back over steps already taken; a path never needs them. */
const returning = new Set(['back', 'restart']);

export interface Step {
  from: string;
  event: WizardEvent;
  to: string;
}

export interface FlowPath {
  steps: Step[];
  /** The state the path ends in. */
  end: string;
}

/** The node of a snapshot (the wizard's states are flat) and every node above it, innermost first. */
function nodesOf(snapshot: Snapshot): AnyStateNode[] {
  const nodes: AnyStateNode[] = [];
  for (let node: AnyStateNode | undefined = wizardMachine.root.states[snapshot.value as string]; node; node = node.parent) {
    nodes.push(node);
  }
  return nodes;
}

/** The forward events the current step accepts, each once, in the order the machine lists them.
 *  An outcome is where a path ends, whatever it still accepts. */
export function forwardEvents(snapshot: Snapshot): WizardEvent[] {
  if (snapshot.hasTag('outcome')) return [];
  const seen = new Map<string, WizardEvent>();
  for (const node of nodesOf(snapshot)) {
    for (const [type, transitions] of node.transitions) {
      if (returning.has(type)) continue;
      for (const transition of transitions) {
        // An answer's guard carries the answer it matches: that is the event's payload.
        const guard = transition.guard as { params?: Record<string, unknown> } | undefined;
        const event = { type, ...(type === 'answer' ? guard?.params : {}) } as WizardEvent;
        if (snapshot.can(event)) seen.set(JSON.stringify(event), event);
      }
    }
  }
  return [...seen.values()];
}

/** Every simple path from the first question to an outcome. */
export function flowPaths(): FlowPath[] {
  return getSimplePaths(wizardMachine, { events: forwardEvents })
    .filter((path) => path.state.hasTag('outcome'))
    .map((path) => ({
      end: path.state.value as string,
      steps: path.steps.slice(1).map((step, index) => ({
        from: path.steps[index].state.value as string,
        event: step.event,
        to: step.state.value as string,
      })),
    }));
}

/** Every state of the wizard, in the order the machine declares them, with its tags. */
export function allStates(): { id: string; tags: string[] }[] {
  return Object.values(wizardMachine.root.states).map((node) => ({ id: node.key, tags: [...node.tags] }));
}
