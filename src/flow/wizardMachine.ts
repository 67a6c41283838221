// The routing, as the content record has it (docs/flow.md draws it for reviewers). Nothing here knows about React or words.
import { assign, setup, stateIn } from 'xstate';
import { questions, type AnswerId, type AnswerOf, type QuestionId } from './questions.ts';
import { outcomeIds, type OutcomeId } from './outcomeIds.ts';

export type StepId = QuestionId | OutcomeId;

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

/** The question table: where each answer to each question leads. Each question's id is
 *  written here once; its state, its tag and its transitions are made from this entry. */
const routing = {
  danger: { yes: 'call911Result', notSure: 'call911Result', no: 'minor' },
  minor: { yes: 'parent', notSure: 'parent', no: 'adultResult' },
  parent: { yes: 'missing', no: 'whatNoticed' },
  missing: { yes: 'missingChildResult', no: 'lawEnforcementResult' },
  whatNoticed: { childIKnow: 'lawEnforcementResult', online: 'cyberTiplineResult', inPublic: 'cyberTiplineResult' },
} as const satisfies { [Q in QuestionId]: Record<AnswerOf<Q>, StepId> };

/** The question the tool opens with: the first in the table. */
const firstQuestion = questionIds[0];

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
    /** Something to start over from: an answer, or a step away from the first question. */
    hasStarted: ({ context }) => context.trail.length > 0 || Object.keys(context.answers).length > 0,
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
  initial: firstQuestion,
  context: { answers: {}, trail: [] },
  on: {
    restart: { guard: 'hasStarted', target: `.${firstQuestion}`, actions: 'clearAnswers' },
    // Back from any step goes to the question left last, whichever way it was left.
    back: questionIds.map((question) => ({
      guard: { type: 'cameFrom' as const, params: { question } },
      target: `.${question}`,
      actions: 'forgetLastStep' as const,
    })),
    // "This is happening to me" (docs/README.md): offered on every question, not an answer to it.
    aboutMe: questionIds.map((question) => ({
      guard: stateIn(question),
      target: '.aboutMeResult',
      actions: { type: 'rememberQuestion' as const, params: { question } },
    })),
  },
  states: {
    ...questionStates(),
    ...outcomeStates(),
  },
});

/** One state per question of the routing table, tagged 'question', recording each answer on the way. */
function questionStates() {
  const state = <Q extends QuestionId>(question: Q) => ({
    tags: 'question' as const,
    on: { answer: routes(question, routing[question] as Record<AnswerOf<Q>, StepId>) },
  });
  return Object.fromEntries(questionIds.map((question) => [question, state(question)])) as { [Q in QuestionId]: { tags: 'question'; on: { answer: ReturnType<typeof routes<Q>> } } };
}

/** One state per outcome (src/flow/outcomeIds.ts), tagged 'outcome': where a path ends. */
function outcomeStates() {
  return Object.fromEntries(outcomeIds.map((id) => [id, { tags: 'outcome' as const }])) as { [O in OutcomeId]: { tags: 'outcome' } };
}

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
