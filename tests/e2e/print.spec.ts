// Print: every outcome, in every language, is one clean page on Letter and on A4 (counted in the
// PDF Chromium makes), with the checklists open and no buttons.
import { expect, test } from '@playwright/test';
import { app } from './app';
import { languageCodes, openOutcome, outcomeIds } from './outcomePages';
import { wordsOf } from './screens';

/** Number of pages in a PDF, by its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** How many checklist items an outcome's view lists (none on the page for the person it is happening to). */
const checklistItems = (outcome: (typeof outcomeIds)[number], lang: string) =>
  app.outcomeView(outcome, lang).sections.reduce((sum, section) => sum + (section.kind === 'checklist' ? section.items.length : 0), 0);

for (const lang of languageCodes) {
  test(`every outcome prints as one page on Letter and A4 in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const outcome of outcomeIds) {
      await openOutcome(page, lang, outcome);
      await expect(page.getByRole('button', { name: wordsOf(lang, 'outcome')('print.button') })).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('combobox')).toBeHidden();
      await expect(page.locator('.print-only')).toBeVisible();
      // The checklists print open: every item is on the page.
      const items = page.locator('main details li');
      await expect(items).toHaveCount(checklistItems(outcome, lang));
      for (const item of await items.all()) await expect(item).toBeVisible();
      for (const format of ['Letter', 'A4'] as const) {
        expect.soft(pageCount(await page.pdf({ format, printBackground: false })), `${outcome} on ${format}`).toBe(1);
      }
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('main details[open]')).toHaveCount(0);
    }
  });
}
