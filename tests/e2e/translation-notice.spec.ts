// In the real browser: every language awaiting review says so, in its words and in English, and
// one tap switches to English; English never shows the notice.
import { expect, test } from '@playwright/test';
import { app } from './app';
import { openTool } from './helpers';
import { english, others, wordsOf } from './screens';

const review = wordsOf(english, 'review');
/** The place's languages not yet fully reviewed (its own words too), as the build knows them. */
const unreviewed = others.filter((code) => !app.reviewedLanguages.includes(code));

test('English shows no translation notice', async ({ page }) => {
  await openTool(page, `/?lng=${english}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(review('translationNotice.text'))).toHaveCount(0);
});

for (const code of unreviewed) {
  test(`${code}: the notice shows in ${code} and English, and switches to English`, async ({ page }) => {
    await openTool(page, `/?lng=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const notice = page.locator('.translation-notice');
    await expect(notice).toContainText(review('translationNotice.text'));
    await expect(notice.locator(`[lang="${english}"]`).first()).toHaveText(review('translationNotice.text'));
    await expect(notice).toContainText(wordsOf(code, 'review')('translationNotice.text'));
    await notice.getByRole('button', { name: new RegExp(review('translationNotice.switch')) }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', english);
    await expect(page.getByText(review('translationNotice.text'))).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
}

for (const code of others.filter((other) => app.reviewedLanguages.includes(other))) {
  test(`${code}: reviewed, so no notice`, async ({ page }) => {
    await openTool(page, `/?lng=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wordsOf(code)('questions.danger.title'));
    await expect(page.locator('.translation-notice')).toHaveCount(0);
  });
}
