// Reaching each outcome in any language the place offers, by the answers' own words, on one page.
import { expect, type Page } from '@playwright/test';
import { app } from './app';
import { openTool } from './helpers';
import { answerLabel, codes, screens, type Lang, type OutcomeId } from './screens';

export const languageCodes = codes;
export const outcomeIds = app.outcomeIds;

/** Opens the tool in `lang` and answers the questions that lead to `outcome`. */
export async function openOutcome(page: Page, lang: Lang, outcome: OutcomeId) {
  await openTool(page, `/?lng=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  for (const step of screens[outcome]) {
    await page.getByRole('button', { name: answerLabel(lang, step), exact: true }).click();
  }
  await expect(page.locator('#main .primary-action')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}
