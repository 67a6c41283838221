// Broken, unknown or hostile addresses still start the tool normally, with 911 on screen.
import { expect, test } from '@playwright/test';
import { openTool } from './helpers';
import { callEmergency, core, en, labelsTo, others, outcomeTitle, wordsOf } from './screens';

const addresses = {
  'an unknown language': '/?lng=tlh',
  'a malformed language': '/?lng=%E0%A4%A',
  'script in the query': '/?lng=<script>alert(1)</script>',
  'extra parameters and a hash': '/?utm_source=x&step=outcome&answers=yes#adultResult',
  'a very long query string': `/?lng=${'e'.repeat(6000)}`,
  'a broken query string': '/?%%%&&==&lng',
};

for (const [name, address] of Object.entries(addresses)) {
  test(`${name} starts at the first question in English`, core, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openTool(page, address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
    await expect(page.getByRole('link', { name: callEmergency() })).toBeVisible();
    await page.getByRole('button', { name: labelsTo('call911Result')[0], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle('call911Result'));
    expect(errors).toEqual([]);
  });
}

// Each language the place offers besides English (none for an English-only place).
for (const code of others) {
  test(`?lng=${code} starts in that language`, core, async ({ page }) => {
    await openTool(page, `/?lng=${code}`);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wordsOf(code)('questions.danger.title'));
  });
}
