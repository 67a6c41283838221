// Every screen of the tool, reached by clicking answers by their names in any language.
import { expect, type Page } from '@playwright/test';
import type { ResultId } from '../../src/flow/outcomes';
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

/** How to reach each screen: the answers, question by question. */
export const screens: Record<string, readonly Step[]> = {
  danger: [],
  minor: [['danger', 'no']],
  parent: [['danger', 'no'], ['minor', 'yes']],
  missing: [['danger', 'no'], ['minor', 'yes'], ['parent', 'yes']],
  whatNoticed: [['danger', 'no'], ['minor', 'notSure'], ['parent', 'no']],
  call911Result: [['danger', 'yes']],
  adultResult: [['danger', 'no'], ['minor', 'no']],
  missingChildResult: [['danger', 'no'], ['minor', 'yes'], ['parent', 'yes'], ['missing', 'yes']],
  lawEnforcementResult: [['danger', 'no'], ['minor', 'yes'], ['parent', 'yes'], ['missing', 'no']],
  cyberTiplineResult: [['danger', 'no'], ['minor', 'yes'], ['parent', 'no'], ['whatNoticed', 'online']],
  aboutMeResult: [['danger', 'no'], ['minor', 'aboutMe']],
};

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
