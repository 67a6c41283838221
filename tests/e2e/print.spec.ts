// Print: every outcome, in every language, is one clean page on Letter and on A4 (counted in the
// PDF Chromium makes), with the checklists open and no buttons.
import { expect, test } from '@playwright/test';
import { languageCodes, openOutcome, outcomeIds } from './outcomePages';

/** Number of pages in a PDF, by its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

for (const lang of languageCodes) {
  test(`every outcome prints as one page on Letter and A4 in ${lang}`, async ({ page }) => {
    test.setTimeout(120_000);
    for (const outcome of outcomeIds) {
      await openOutcome(page, lang, outcome);
      await expect(page.locator('.no-print button')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button')).toHaveCount(0);
      await expect(page.getByRole('combobox')).toBeHidden();
      await expect(page.locator('.print-only')).toBeVisible();
      // The checklists print open: every item is on the page.
      const items = page.locator('main details li');
      expect(await items.count()).toBeGreaterThan(0);
      for (const item of await items.all()) await expect(item).toBeVisible();
      for (const format of ['Letter', 'A4'] as const) {
        expect(pageCount(await page.pdf({ format, printBackground: false })), `${outcome} on ${format}`).toBe(1);
      }
      await page.emulateMedia({ media: 'screen' });
      await expect(page.locator('main details[open]')).toHaveCount(0);
    }
  });
}
