// A portrait kiosk screen (1080 × 1920), read from a step away: larger type, a wider column and a
// larger "Are you still there?" dialog than on a phone, measured in Chromium.
import { expect, test, type Page } from '@playwright/test';
import { openTool } from './helpers';
import { codes, pastIdle } from './screens';

test.use({ viewport: { width: 1080, height: 1920 }, isMobile: false, hasTouch: true, deviceScaleFactor: 1 });

/** Font size of the question, width of the column and height of an answer, in CSS px. */
function measure(page: Page) {
  return page.evaluate(() => {
    const px = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
    return {
      heading: parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize),
      text: parseFloat(getComputedStyle(document.querySelector('.hint')!).fontSize),
      column: px('main').width,
      answer: px('.answer').height,
    };
  });
}

for (const code of codes) {
  test(`in ${code} the kiosk reads from a step away: larger type, a wider column, a larger dialog`, async ({ page }) => {
    // The same screen without kiosk mode is the yardstick.
    await openTool(page, '/');
    const ordinary = await measure(page);

    await page.clock.install();
    await openTool(page, `/?kiosk=1&lng=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('.kiosk-sign')).toBeVisible();
    const kiosk = await measure(page);
    expect(kiosk.heading).toBeGreaterThanOrEqual(ordinary.heading * 1.4);
    expect(kiosk.text).toBeGreaterThanOrEqual(22);
    expect(kiosk.column).toBeGreaterThanOrEqual(1080 * 0.9);
    expect(kiosk.answer).toBeGreaterThanOrEqual(64);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1080);

    // Someone used it, then walked away.
    await page.locator('.answer').first().click();
    await page.clock.fastForward(pastIdle);
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const { width } = (await dialog.boundingBox())!;
    expect(width).toBeGreaterThanOrEqual(1080 * 0.6);
    expect(width).toBeLessThanOrEqual(1080);
    const button = (await dialog.getByRole('button').boundingBox())!;
    expect(button.height).toBeGreaterThanOrEqual(64);
    const countdown = await dialog.locator('.countdown-number').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(countdown).toBeGreaterThanOrEqual(72);
  });
}
