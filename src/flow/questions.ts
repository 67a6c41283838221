// The questions the wizard asks, each with its answers in the order they are shown. Words live in
// locales under questions.<id>; routing lives in wizardMachine.ts.

export const questions = {
  danger: ['yes', 'no', 'notSure'],
  minor: ['yes', 'no', 'notSure'],
  parent: ['yes', 'no'],
  missing: ['yes', 'no'],
  whatNoticed: ['childIKnow', 'online', 'inPublic'],
} as const;

export type QuestionId = keyof typeof questions;
export type AnswerOf<Q extends QuestionId> = (typeof questions)[Q][number];
export type AnswerId = AnswerOf<QuestionId>;

export function isQuestion(id: string): id is QuestionId {
  return Object.hasOwn(questions, id);
}
