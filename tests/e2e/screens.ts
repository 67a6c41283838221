// Every screen of the tool, reached by clicking answers by their names in any language the place
// offers: the shortest way to each step, from the machine's one walk (src/flow/wizardPaths.ts).
import { expect, type Page } from '@playwright/test';
import type { Namespace, TFunction } from 'i18next';
import { app } from './app';
import type { OutcomeId, Step } from './appData';
import { openTool } from './helpers';

export type { OutcomeId, Step };
/** A language code of the place's (app.languages). */
export type Lang = string;

/** The place's languages: every one, the reference language, the others, the right-to-left ones. */
export const codes: readonly Lang[] = app.languages.map((language) => language.code);
export const english: Lang = app.fallbackLanguage;
export const others: readonly Lang[] = codes.filter((code) => code !== english);
export const rightToLeft: readonly Lang[] = app.languages.filter((language) => language.dir === 'rtl').map((language) => language.code);
export const dirOf = (code: Lang) => app.languages.find((language) => language.code === code)!.dir;

/** English, a translation written left to right, and every right-to-left one: the layouts a screen has. */
export const layoutLanguages: readonly Lang[] = [english, ...others.filter((code) => dirOf(code) === 'ltr').slice(0, 1), ...rightToLeft];

/** The words of `lang` in one namespace (the shell's by default), with the place's names filled in. */
export function wordsOf(lang: Lang): TFunction<'translation'>;
export function wordsOf<Ns extends Namespace>(lang: Lang, ns: Ns): TFunction<Ns>;
export function wordsOf(lang: Lang, ns: Namespace = 'translation') {
  return app.words[lang].getFixedT(lang, ns);
}
/** The English words. */
export const en = wordsOf(english);

/** "Call 911" in `lang`, as the bar on every screen names its link. */
export const callEmergency = (lang: Lang = english) => wordsOf(lang)('emergency.call', { number: app.emergencyCall.display });

/** How to reach each screen, step by step; the first question is reached by opening the tool. */
export const screens: Readonly<Record<string, readonly Step[]>> = Object.fromEntries(app.ways);

/** The words of the control that takes a step: an answer, or "This is happening to me". */
export function answerLabel(lang: Lang, { event }: Step): string {
  return event.type === 'answer' ? wordsOf(lang)(`answers.${event.answer}`) : wordsOf(lang)('common.aboutMe');
}

/** The labels to click, in order, to reach `screen`. */
export const labelsTo = (screen: string, lang: Lang = english) => screens[screen].map((step) => answerLabel(lang, step));

/** Opens the tool in `lang` and clicks through to `screen`; 'safety' opens Browsing safely. */
export async function open(page: Page, lang: Lang, screen: string) {
  await openTool(page, `/?lng=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  if (screen === 'safety') {
    await page.getByRole('button', { name: wordsOf(lang)('common.safetyLink') }).click();
  } else {
    for (const step of screens[screen]) {
      await page.getByRole('button', { name: answerLabel(lang, step), exact: true }).click();
    }
  }
  // After a step (not on first load), focus is on the new heading.
  if (screens[screen]?.length !== 0) await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}

/** Every outcome with the English labels that lead to it, in order. */
export const outcomeJourneys = app.outcomeIds.map((outcome) => [outcome, labelsTo(outcome)] as const);

/** An outcome's heading in `lang` (English by default), as shown. */
export const outcomeTitle = (outcome: OutcomeId, lang: Lang = english) => app.outcomeHeading(outcome, lang);

/** Matches text that ends with `text` (an accessible description ending in "Your earlier answer"). */
export const endingWith = (text: string) => new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** The tag of the core journeys, which CI runs for every place (`npm run test:e2e:core`). */
export const core = { tag: '@core' };

/** The place's kiosk timers (a kiosk's own `?idle=` and `?countdown=` aside), in seconds. */
export const kioskTimers = app.jurisdiction.kiosk;
/** Just past the idle time, then just past the countdown, in milliseconds, for Playwright's clock. */
export const pastIdle = (kioskTimers.idleSeconds + 1) * 1000;
export const pastCountdown = (kioskTimers.countdownSeconds + 1) * 1000;
