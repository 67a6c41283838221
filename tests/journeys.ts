// Journeys through the wizard for the screen tests, from the machine's one walk
// (src/flow/wizardPaths.ts), clicked by the answers' own words in any language.
import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { i18n as I18n } from 'i18next';
import type { OutcomeId } from '../src/flow/outcomeIds';
import { outcomeView, type Text } from '../src/flow/outcomeView';
import type { StepId } from '../src/flow/wizardMachine';
import { shortestWays, wizardPaths, type Step } from '../src/flow/wizardPaths';
import { sayWith } from '../src/i18n/outcomeWords';

export const paths = wizardPaths();
export const shortest = shortestWays(paths);

/** The words of the control that takes a step: an answer, or "This is happening to me". */
export function controlName(i18n: I18n, { event }: Step): string {
  return event.type === 'answer' ? i18n.t(`answers.${event.answer}`) : i18n.t('common.aboutMe');
}

/** Clicks the steps in order, as a person does. */
export async function walk(user: ReturnType<typeof userEvent.setup>, i18n: I18n, steps: readonly Step[]) {
  for (const step of steps) await user.click(screen.getByRole('button', { name: controlName(i18n, step) }));
}

/** The shortest way to a step (question or outcome). */
export function wayTo(step: StepId): readonly Step[] {
  const way = shortest.get(step);
  if (!way) throw new Error(`No path reaches ${step}`);
  return way;
}

/** An outcome's sentence in the language on screen, as the screen fills it in. */
export function say(i18n: I18n, text: Text): string {
  return sayWith(i18n.getFixedT(i18n.language, 'outcome'), i18n.getFixedT(i18n.language), i18n.language)(text);
}

/** An outcome's heading in the language on screen. */
export function outcomeHeading(i18n: I18n, id: OutcomeId): string {
  const heading = outcomeView(id, i18n.language).sections[0];
  if (heading.kind !== 'heading') throw new Error(`${id} does not lead with its heading`);
  return say(i18n, heading.text);
}
