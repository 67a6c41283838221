// Reaching each outcome in any of the six languages, by the answers' own words, on one page.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { outcomeIds, type OutcomeId } from '../../src/flow/outcomes';
import { openTool } from './helpers';
import { screens } from './screens';

// src/i18n/languages.ts needs Vite's import.meta.env, so the languages are read from locales/ (a
// test in tests/locales.test.ts proves the two lists agree).
export type LanguageCode = string;
export const languageCodes = readdirSync('locales', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
export { outcomeIds };

type Words = { questions: Record<string, { answers: Record<string, string> }>; common: Record<string, string> };
const words = Object.fromEntries(
  languageCodes.map((code) => [code, JSON.parse(readFileSync(join('locales', code, 'translation.json'), 'utf8')) as Words]),
);

/** Opens the tool in `lang` and answers the questions that lead to `outcome`. */
export async function openOutcome(page: Page, lang: LanguageCode, outcome: OutcomeId) {
  await openTool(page, `/?lng=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  for (const [question, answer] of screens[outcome]) {
    await page.getByRole('button', { name: words[lang].questions[question].answers[answer], exact: true }).click();
  }
  await expect(page.locator('#main .primary-action')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
}
