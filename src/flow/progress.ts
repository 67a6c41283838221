// How many questions a person can meet at most, read from the machine's own transitions, so
// "Question 2 of up to 4" follows the routing by itself. No xstate/graph: that stays out of the
// first screen; tests/progress.test.ts checks this against xstate/graph's paths.
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { wizardMachine } from './wizardMachine';

/** The most states tagged 'question' on any path through `machine` that never repeats a state. */
export function mostQuestionsOnAPath(machine: AnyStateMachine): number {
  // Every event counts (answers, and any the machine adds); a path stops where the questions end,
  // and 'back' only leads to a question already on the path.
  const longest = (node: AnyStateNode, seen: ReadonlySet<AnyStateNode>): number => {
    if (!node.tags.includes('question') || seen.has(node)) return 0;
    const next = [...Object.values(node.on)].flat().flatMap((transition) => transition.target ?? []);
    const path = new Set(seen).add(node);
    return 1 + Math.max(0, ...next.map((target) => longest(target, path)));
  };
  return Math.max(0, ...machine.root.initial.target.map((node: AnyStateNode) => longest(node, new Set())));
}

/** The "up to" in "Question 2 of up to 4". */
export const mostQuestions = mostQuestionsOnAPath(wizardMachine);
