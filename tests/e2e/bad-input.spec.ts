// Broken, unknown or hostile addresses still start the tool normally, with 911 on screen.
import { expect, test } from '@playwright/test';
import { openTool } from './helpers';

const addresses = {
  'an unknown language': '/?lng=tlh',
  'a malformed language': '/?lng=%E0%A4%A',
  'script in the query': '/?lng=<script>alert(1)</script>',
  'extra parameters and a hash': '/?utm_source=x&step=outcome&answers=yes#adultResult',
  'a very long query string': `/?lng=${'e'.repeat(6000)}`,
  'a broken query string': '/?%%%&&==&lng',
};

for (const [name, address] of Object.entries(addresses)) {
  test(`${name} starts at the first question in English`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openTool(page, address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in immediate danger right now?');
    await expect(page.getByRole('link', { name: 'Call 911' })).toBeVisible();
    await page.getByRole('button', { name: 'Yes', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Call 911 now');
    expect(errors).toEqual([]);
  });
}

test('?lng=es starts in Spanish', async ({ page }) => {
  await openTool(page, '/?lng=es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/peligro/);
});
