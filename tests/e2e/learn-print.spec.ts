// Learning in the real browser: the learn pages keep the person's place and pass axe. (Printing
// every outcome in every language is in print.spec.ts.)
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { jurisdiction } from '../../src/jurisdiction/current';
import { withPlaceNames } from '../placeWords';
import { answer, openTool } from './helpers';

/** The English learn words as shown, with the place's names filled in. */
const learn = withPlaceNames(
  JSON.parse(readFileSync('locales/en/learn.json', 'utf8')) as { pages: { law: { title: string } } },
  'en',
);


test('Learn opens from a question and returns to it with the answers kept', async ({ page }) => {
  await openTool(page, '/');
  await answer(page, 'No', 'Yes');
  await page.getByRole('button', { name: 'Learn about sex trafficking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Learn about sex trafficking' })).toBeFocused();
  await page.getByRole('button', { name: learn.pages.law.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: learn.pages.law.title })).toBeFocused();
  await expect(page.locator(`blockquote[lang="${jurisdiction.law.language}"]`)).toContainText(jurisdiction.law.clauses.at(-1)!);
  await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the questions' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Are you this child's parent or legal guardian?");
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('button', { name: 'Yes', exact: true })).toHaveAccessibleDescription(/Your earlier answer$/);
});

for (const lang of ['en', 'ar'] as const) {
  test(`every learn page passes axe in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000); // eight axe runs
    const axe = async () =>
      (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
        (violation) => violation.id,
      );
    await openTool(page, `/?lng=${lang}`);
    await page.locator('.site-footer button').first().click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    const pages = page.locator('.learn-contents button');
    await expect(pages).toHaveCount(7);
    expect(await axe()).toEqual([]);
    for (let index = 0; index < 7; index++) {
      await pages.nth(index).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      expect(await axe()).toEqual([]);
      await page.locator('main .step-nav button').first().click();
      await expect(pages.first()).toBeVisible();
    }
  });
}
