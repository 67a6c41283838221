// Outcomes on small phones, measured in Chromium in every language: the action's number on screen
// at once at 360 x 640, no phone number broken across lines at 320 px, nothing wider than the
// screen, and each outcome's height (written to the test's annotations, summed up in the README).
import { expect, test } from '@playwright/test';
import { languageCodes, openOutcome, outcomeIds } from './outcomePages';

/** Boxes measured on the page: the first primary number, every phone number's line boxes, widths. */
function measure() {
  const number = document.querySelector('#main .primary-action .channel')!.getBoundingClientRect();
  const numbers = [...document.querySelectorAll('main bdi.number, .emergency-link')].map((element) => ({
    text: element.textContent,
    lines: [...element.getClientRects()].filter((rect) => rect.width > 0).length,
  }));
  const controls = [...document.querySelectorAll('main a, main button, main summary')].map((element) => {
    const box = element.getBoundingClientRect();
    return { text: element.textContent, left: Math.floor(box.left), right: Math.ceil(box.right) };
  });
  return {
    numberTop: number.top,
    numberBottom: number.bottom,
    numbers,
    controls,
    pageWidth: document.documentElement.scrollWidth,
    mainHeight: Math.round(document.querySelector('main')!.getBoundingClientRect().height),
    pageHeight: document.documentElement.scrollHeight,
  };
}

for (const lang of languageCodes) {
  test(`outcomes in ${lang}: the action's number at once, no number broken, nothing too wide`, async ({ page }) => {
    test.setTimeout(90_000);
    for (const outcome of outcomeIds) {
      await page.setViewportSize({ width: 360, height: 640 });
      await openOutcome(page, lang, outcome);
      const phone = await page.evaluate(measure);
      // Above the fold, and not under the header: the first way to act can be tapped at once.
      expect(phone.numberBottom, `${outcome}: the primary number's bottom`).toBeLessThanOrEqual(640);
      expect(phone.numberTop).toBeGreaterThan(0);
      // The checklists wait behind their disclosures.
      await expect(page.locator('main details[open]')).toHaveCount(0);
      test.info().annotations.push({ type: `${outcome} height at 360 px`, description: `main ${phone.mainHeight} px, page ${phone.pageHeight} px` });

      await page.setViewportSize({ width: 320, height: 568 });
      // Open every checklist too, so their lines are measured as a reader sees them.
      for (const summary of await page.locator('main summary').all()) await summary.click();
      const narrow = await page.evaluate(measure);
      expect(narrow.numbers.length).toBeGreaterThan(1);
      for (const { text, lines } of narrow.numbers) expect(lines, `${outcome}: "${text}" in one line box`).toBe(1);
      expect(narrow.pageWidth, `${outcome}: nothing scrolls sideways at 320 px`).toBeLessThanOrEqual(320);
      for (const control of narrow.controls) {
        expect(control.left, `${outcome}: "${control.text}" fits`).toBeGreaterThanOrEqual(0);
        expect(control.right, `${outcome}: "${control.text}" fits`).toBeLessThanOrEqual(320);
      }
    }
  });
}
