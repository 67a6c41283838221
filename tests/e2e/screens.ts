// Every screen of the tool, reached by clicking answers by their names in any language.
import { expect, type Page } from '@playwright/test';
import { getShortestPaths } from 'xstate/graph';
import type { ResultId } from '../../src/flow/outcomes';
import { questions } from '../../src/flow/questions';
import { wizardMachine, type WizardEvent } from '../../src/flow/wizardMachine';
import { withPlaceNames } from '../placeWords';
import { openTool } from './helpers';
import ar from '../../locales/ar/translation.json' with { type: 'json' };
import enOutcome from '../../locales/en/outcome.json' with { type: 'json' };
import en from '../../locales/en/translation.json' with { type: 'json' };
import es from '../../locales/es/translation.json' with { type: 'json' };

export const words = { en, es, ar } as const;

export type Lang = keyof typeof words;

/** A question and the answer given, or 'aboutMe' for "This is happening to me". */
type Step = readonly [question: keyof typeof en.questions, answer: string];

/** Every event a person can send from a question: each answer, and "This is happening to me". */
const events: WizardEvent[] = [
  ...[...new Set(Object.values(questions).flat())].map((answer) => ({ type: 'answer' as const, answer })),
  { type: 'aboutMe' },
];

/** How to reach each screen, question by question: the shortest way, found by walking the machine. */
export const screens: Record<string, readonly Step[]> = {};
for (const path of getShortestPaths(wizardMachine, { events })) {
  const screen = String(path.state.value);
  // Each step holds the state an event led to; the first is the start.
  const steps = path.steps.slice(1).map(({ event }, index): Step => [
    String(path.steps[index].state.value) as Step[0],
    event.type === 'answer' ? event.answer : event.type,
  ]);
  if (steps.some(([, answer]) => answer === 'back' || answer === 'restart')) continue;
  if (!(screen in screens) || screens[screen].length > steps.length) screens[screen] = steps;
}

export function answerLabel(lang: Lang, [question, answer]: Step): string {
  if (answer === 'aboutMe') return words[lang].common.aboutMe;
  return (words[lang].questions[question].answers as Record<string, string>)[answer];
}

/** Opens the tool in `lang` and clicks through to `screen`; 'safety' opens Browsing safely. */
export async function open(page: Page, lang: Lang, screen: string) {
  await openTool(page, `/?lng=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (screen === 'safety') {
    await page.getByRole('button', { name: words[lang].common.safetyLink }).click();
  } else {
    for (const step of screens[screen]) {
      await page.getByRole('button', { name: answerLabel(lang, step), exact: true }).click();
    }
  }
  // After a step (not on first load), focus is on the new heading.
  if (screen !== 'danger') await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/** Every outcome with the English answer labels that lead to it, in order. */
export const outcomeJourneys = Object.entries(screens)
  .filter(([screen]) => screen.endsWith('Result'))
  .map(([outcome, steps]) => [outcome as ResultId, steps.map((step) => answerLabel('en', step))] as const);

/** An outcome's English heading, as shown. */
export function outcomeTitle(outcome: ResultId): string {
  return withPlaceNames(enOutcome.outcomes[outcome].title, 'en').replace('{{emergency}}', '911');
}
