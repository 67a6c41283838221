// Every way through the questions, generated from the machine (xstate/graph): the journeys the
// path tests click, so no test restates the routing.
import { getSimplePaths } from 'xstate/graph';
import { isQuestion, questions, type QuestionId } from '../src/flow/questions';
import { wizardMachine, type WizardEvent } from '../src/flow/wizardMachine';

/** Every answer the current question offers, and "This is happening to me", which the content record offers
 *  on every question: the machine decides where each one leads. */
export function forwardEvents(snapshot: { value: string }): WizardEvent[] {
  return isQuestion(snapshot.value)
    ? [...questions[snapshot.value].map((answer) => ({ type: 'answer', answer }) as const), { type: 'aboutMe' }]
    : [];
}

export const paths = getSimplePaths(wizardMachine, { events: forwardEvents });
export const complete = paths.filter((path) => forwardEvents(path.state as { value: string }).length === 0);

/** The questions along a path, in order, each with the answer given or 'aboutMe'. */
export function answersOf(path: (typeof complete)[number]) {
  return path.steps.slice(1).map((step, index) => ({
    question: path.steps[index].state.value as QuestionId,
    answer: step.event.type === 'aboutMe' ? 'aboutMe' : (step.event as Extract<WizardEvent, { type: 'answer' }>).answer,
  }));
}

