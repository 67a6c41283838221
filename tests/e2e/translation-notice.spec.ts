// In the real browser: every language awaiting review says so, in its words and in English, and
// one tap switches to English; English never shows the notice.
import { expect, test } from '@playwright/test';
import english from '../../locales/en/review.json' with { type: 'json' };
import { readLocales, reviewedLanguages } from '../../src/i18n/reviewStatus';
import { openTool } from './helpers';

const locales = readLocales('locales');
const reviewed = reviewedLanguages(locales);
const unreviewed = Object.keys(locales.translations).filter((code) => !reviewed.includes(code));

test('English shows no translation notice', async ({ page }) => {
  await openTool(page, '/?lng=en');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText(english.translationNotice.text)).toHaveCount(0);
});

for (const code of unreviewed) {
  test(`${code}: the notice shows in ${code} and English, and switches to English`, async ({ page }) => {
    await openTool(page, `/?lng=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    const notice = page.locator('.translation-notice');
    await expect(notice).toContainText(english.translationNotice.text);
    await expect(notice.locator('[lang="en"]').first()).toHaveText(english.translationNotice.text);
    await notice.getByRole('button', { name: new RegExp(english.translationNotice.switch) }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByText(english.translationNotice.text)).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  });
}
