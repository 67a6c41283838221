// Learning in the real browser: the learn pages keep the person's place and pass axe. (Printing
// every outcome in every language is in print.spec.ts.)
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { app } from './app';
import { answer, openTool } from './helpers';
import { callEmergency, en, endingWith, english, labelsTo, rightToLeft, wordsOf } from './screens';

/** The English learn words as shown, with the place's names filled in. */
const learn = wordsOf(english, 'learn');
const { law } = app.jurisdiction;

test('Learn opens from a question and returns to it with the answers kept', async ({ page }) => {
  await openTool(page, '/');
  await answer(page, ...labelsTo('parent'));
  await page.getByRole('button', { name: en('common.learnLink') }).click();
  await expect(page.getByRole('heading', { level: 1, name: learn('title') })).toBeFocused();
  await page.getByRole('button', { name: learn('pages.law.title') }).click();
  await expect(page.getByRole('heading', { level: 1, name: learn('pages.law.title') })).toBeFocused();
  await expect(page.locator(`blockquote[lang="${law.language}"]`)).toContainText(law.clauses.at(-1)!);
  await expect(page.getByRole('link', { name: callEmergency() })).toBeVisible();
  await page.getByRole('button', { name: learn('backToQuestions') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.parent.title'));
  await page.getByRole('button', { name: en('common.back') }).click();
  const earlier = labelsTo('parent').at(-1)!;
  await expect(page.getByRole('button', { name: earlier, exact: true })).toHaveAccessibleDescription(
    endingWith(en('common.earlierAnswer')),
  );
});

// English, and each right-to-left language the place offers.
for (const lang of [english, ...rightToLeft]) {
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
    await expect(pages).toHaveCount(app.learnPageIds.length);
    expect(await axe()).toEqual([]);
    for (let index = 0; index < app.learnPageIds.length; index++) {
      await pages.nth(index).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
      expect(await axe()).toEqual([]);
      await page.locator('main .step-nav button').first().click();
      await expect(pages.first()).toBeVisible();
    }
  });
}
