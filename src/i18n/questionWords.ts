// The keys of a question's words: its title, its hint where the English file has one, and each of its
// answers, whose labels are shared by every question that offers them ("Yes", "I'm not sure").
// Derived from the question table and the English file's own shape, so no key is ever cast.
import en from '../../locales/en/translation.json';
import { questions, type QuestionId } from '../flow/questions';

type Hinted = { [Q in QuestionId]: 'hint' extends keyof (typeof en)['questions'][Q] ? Q : never }[QuestionId];

function hasHint(question: QuestionId): question is Hinted {
  return 'hint' in en.questions[question];
}

export function questionWords(question: QuestionId) {
  return {
    title: `questions.${question}.title` as const,
    hint: hasHint(question) ? (`questions.${question}.hint` as const) : undefined,
    answers: questions[question].map((answer) => ({ answer, key: `answers.${answer}` as const })),
  };
}
