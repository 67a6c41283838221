// "Question 2 of up to 4": the "up to" is counted by the machine's one walk (src/flow/wizardPaths.ts)
// when the app is built; it must be the most questions on any path that xstate/graph finds on its own,
// and the walk must find the very paths xstate/graph finds.
import { describe, expect, it } from 'vitest';
import { getSimplePaths } from 'xstate/graph';
import { wizardMachine } from '../src/flow/wizardMachine';
import { forwardEvents, mostQuestions, wizardPaths } from '../src/flow/wizardPaths';

declare const __MOST_QUESTIONS__: number;

const graphPaths = getSimplePaths(wizardMachine, { events: forwardEvents }).filter((path) => path.state.hasTag('outcome'));

describe('the walk through the wizard', () => {
  it('finds every path xstate/graph finds, and no other', () => {
    const ours = wizardPaths().map(({ steps, end }) => [...steps.map(({ from, event }) => `${from}:${JSON.stringify(event)}`), end].join(' '));
    const theirs = graphPaths.map((path) =>
      [...path.steps.slice(1).map((step, index) => `${path.steps[index].state.value}:${JSON.stringify(step.event)}`), path.state.value].join(' '),
    );
    expect(ours.length).toBeGreaterThan(0);
    expect([...ours].sort()).toEqual([...theirs].sort());
  });

  it('counts the most questions on a path, questions only', () => {
    const questionsOn = (path: (typeof graphPaths)[number]) => path.steps.filter((step) => step.state.hasTag('question')).length;
    expect(mostQuestions()).toBe(Math.max(...graphPaths.map(questionsOn)));
    // What the build put into the app is that count.
    expect(__MOST_QUESTIONS__).toBe(mostQuestions());
  });
});
