// The routing, exactly as FLOW.md's question table says. Nothing here knows about React or words.
import { assign, setup } from 'xstate';
import type { AnswerId, AnswerOf, QuestionId } from './questions';
import type { OutcomeId } from './outcomes';

export type StepId = QuestionId | OutcomeId;

export interface WizardContext {
  /** Answers keyed by question id. Kept when going back, so the earlier choice can be shown. */
  answers: Partial<Record<QuestionId, AnswerId>>;
  /** The questions answered on the way to the current step, oldest first. */
  trail: QuestionId[];
}

export type WizardEvent =
  | { type: 'answer'; answer: AnswerId }
  | { type: 'back' }
  | { type: 'restart' };

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
    forgetLastStep: assign({ trail: ({ context }) => context.trail.slice(0, -1) }),
    clearAnswers: assign({ answers: {}, trail: [] }),
  },
}).createMachine({
  id: 'wizard',
  initial: 'danger',
  context: { answers: {}, trail: [] },
  on: { restart: { target: '.danger', actions: 'clearAnswers' } },
  states: {
    danger: {
      tags: 'question',
      on: { answer: routes('danger', { yes: 'call911Result', notSure: 'call911Result', no: 'minor' }) },
    },
    minor: {
      tags: 'question',
      on: {
        answer: routes('minor', { yes: 'parent', notSure: 'parent', no: 'adultResult' }),
        back: backTo('danger'),
      },
    },
    parent: {
      tags: 'question',
      on: { answer: routes('parent', { yes: 'missing', no: 'whatNoticed' }), back: backTo('minor') },
    },
    missing: {
      tags: 'question',
      on: {
        answer: routes('missing', { yes: 'missingChildResult', no: 'lawEnforcementResult' }),
        back: backTo('parent'),
      },
    },
    whatNoticed: {
      tags: 'question',
      on: {
        answer: routes('whatNoticed', {
          childIKnow: 'lawEnforcementResult',
          online: 'cyberTiplineResult',
          inPublic: 'cyberTiplineResult',
        }),
        back: backTo('parent'),
      },
    },
    call911Result: { tags: 'outcome', on: { back: backTo('danger') } },
    missingChildResult: { tags: 'outcome', on: { back: backTo('missing') } },
    lawEnforcementResult: { tags: 'outcome', on: { back: backTo('missing', 'whatNoticed') } },
    cyberTiplineResult: { tags: 'outcome', on: { back: backTo('whatNoticed') } },
    adultResult: { tags: 'outcome', on: { back: backTo('minor') } },
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

/** Back to whichever of `questions` was answered last. */
function backTo(...questions: QuestionId[]) {
  return questions.map((question) => ({
    guard: { type: 'cameFrom' as const, params: { question } },
    target: question,
    actions: 'forgetLastStep' as const,
  }));
}

/** The answers given to the questions on the trail, which all come before the current one. */
function answersOnTrail({ answers, trail }: WizardContext) {
  return Object.fromEntries(trail.map((question) => [question, answers[question]])) as WizardContext['answers'];
}
