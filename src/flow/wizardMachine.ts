// The routing, exactly as FLOW.md's question table says. Nothing here knows about React or words.
import { assign, setup, stateIn } from 'xstate';
import { questions, type AnswerId, type AnswerOf, type QuestionId } from './questions';
import type { ResultId } from './outcomes';

export type StepId = QuestionId | ResultId;

export interface WizardContext {
  /** Answers keyed by question id. Kept when going back, so the earlier choice can be shown. */
  answers: Partial<Record<QuestionId, AnswerId>>;
  /** The questions left on the way to the current step, oldest first: each one answered, or the one
   *  "This is happening to me" was chosen on. Back returns to the last; its length is the step count. */
  trail: QuestionId[];
}

export type WizardEvent =
  | { type: 'answer'; answer: AnswerId }
  | { type: 'aboutMe' }
  | { type: 'back' }
  | { type: 'restart' };

const questionIds = Object.keys(questions) as QuestionId[];

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    tags: {} as 'question' | 'outcome',
  },
  guards: {
    isAnswer: ({ event }, params: { answer: AnswerId }) =>
      event.type === 'answer' && event.answer === params.answer,
    cameFrom: ({ context }, params: { question: QuestionId }) =>
      context.trail.at(-1) === params.question,
  },
  actions: {
    recordAnswer: assign(({ context, event }, params: { question: QuestionId }) => {
      if (event.type !== 'answer') return {};
      const changed = context.answers[params.question] !== event.answer;
      // A changed answer makes every later answer meaningless; an unchanged one keeps them, so
      // someone who goes back to check and carries on finds their earlier choices still marked.
      const answers = changed ? answersOnTrail(context) : { ...context.answers };
      answers[params.question] = event.answer;
      return { answers, trail: [...context.trail, params.question] };
    }),
    /** Leaves a question without answering it: only the way back is kept. */
    rememberQuestion: assign(({ context }, params: { question: QuestionId }) => ({
      trail: [...context.trail, params.question],
    })),
    forgetLastStep: assign({ trail: ({ context }) => context.trail.slice(0, -1) }),
    clearAnswers: assign({ answers: {}, trail: [] }),
  },
}).createMachine({
  id: 'wizard',
  initial: 'danger',
  context: { answers: {}, trail: [] },
  on: {
    restart: { target: '.danger', actions: 'clearAnswers' },
    // Back from any step goes to the question left last, whichever way it was left.
    back: questionIds.map((question) => ({
      guard: { type: 'cameFrom' as const, params: { question } },
      target: `.${question}`,
      actions: 'forgetLastStep' as const,
    })),
    // "This is happening to me" (FLOW.md): offered on every question, not an answer to it.
    aboutMe: questionIds.map((question) => ({
      guard: stateIn(question),
      target: '.aboutMeResult',
      actions: { type: 'rememberQuestion' as const, params: { question } },
    })),
  },
  states: {
    danger: {
      tags: 'question',
      on: { answer: routes('danger', { yes: 'call911Result', notSure: 'call911Result', no: 'minor' }) },
    },
    minor: {
      tags: 'question',
      on: { answer: routes('minor', { yes: 'parent', notSure: 'parent', no: 'adultResult' }) },
    },
    parent: {
      tags: 'question',
      on: { answer: routes('parent', { yes: 'missing', no: 'whatNoticed' }) },
    },
    missing: {
      tags: 'question',
      on: { answer: routes('missing', { yes: 'missingChildResult', no: 'lawEnforcementResult' }) },
    },
    whatNoticed: {
      tags: 'question',
      on: {
        answer: routes('whatNoticed', {
          childIKnow: 'lawEnforcementResult',
          online: 'cyberTiplineResult',
          inPublic: 'cyberTiplineResult',
        }),
      },
    },
    call911Result: { tags: 'outcome' },
    missingChildResult: { tags: 'outcome' },
    lawEnforcementResult: { tags: 'outcome' },
    cyberTiplineResult: { tags: 'outcome' },
    adultResult: { tags: 'outcome' },
    aboutMeResult: { tags: 'outcome' },
  },
});

/** One guarded transition per answer of `question`, recording the answer on the way. */
function routes<Q extends QuestionId>(question: Q, next: Record<AnswerOf<Q>, StepId>) {
  return (Object.entries(next) as [AnswerOf<Q>, StepId][]).map(([answer, target]) => ({
    guard: { type: 'isAnswer' as const, params: { answer } },
    target,
    actions: { type: 'recordAnswer' as const, params: { question } },
  }));
}

/** The answers given to the questions on the trail, which all come before the current one. */
function answersOnTrail({ answers, trail }: WizardContext) {
  return Object.fromEntries(trail.map((question) => [question, answers[question]])) as WizardContext['answers'];
}
