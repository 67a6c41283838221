// "Question 2 of up to 4": the "up to" counted from the machine's transitions must be the most
// questions on any path that xstate/graph finds, and only questions count, not other steps.
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { mostQuestions, mostQuestionsOnAPath } from '../src/flow/progress';
import { isQuestion, questions } from '../src/flow/questions';
import { wizardMachine, type WizardEvent } from '../src/flow/wizardMachine';

describe('progress: most questions on a path', () => {
  it('is the longest run of questions on the paths xstate/graph walks through the wizard', () => {
    const answerEvents = (snapshot: { value: string }): WizardEvent[] =>
      isQuestion(snapshot.value) ? questions[snapshot.value].map((answer) => ({ type: 'answer', answer })) : [];
    const paths = getSimplePaths(wizardMachine, { events: answerEvents });
    const questionsOn = (path: (typeof paths)[number]) =>
      path.steps.filter((step) => step.state.hasTag('question')).length;
    expect(paths.length).toBeGreaterThan(0);
    expect(mostQuestions).toBe(Math.max(...paths.map(questionsOn)));
  });

  it('counts questions only: an outcome reachable from every question adds none', () => {
    // Like a root-level "this is happening to me" event: it leads to an outcome, not a question.
    const machine = createMachine({
      initial: 'first',
      on: { aboutMe: '.aboutMeResult' },
      states: {
        first: { tags: 'question', on: { answer: 'second', skip: 'doneResult' } },
        second: { tags: 'question', on: { answer: 'third', back: 'first' } },
        third: { tags: 'question', on: { answer: 'doneResult', back: 'second' } },
        doneResult: { tags: 'outcome', on: { back: 'third' } },
        aboutMeResult: { tags: 'outcome', on: { back: 'first' } },
      },
    });
    expect(mostQuestionsOnAPath(machine)).toBe(3);
  });
});
