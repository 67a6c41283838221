// The first screen on the production build: painted from the HTML, taken over by the app without
// a flash or shift, and no tap lost while the app is still on its way.
import { expect, test } from '@playwright/test';
import { countShifts } from './helpers';
import { core, en, labelsTo, others, wordsOf } from './screens';

test('the app takes over the prerendered page without an error, a flash or a layout shift', core, async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const shifts = await countShifts(page);
  await page.goto('/');
  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.elementHandle();
  // Hydrated: React has taken the root (a place with one language has no picker to wait for).
  await page.waitForFunction(() =>
    Object.keys(document.getElementById('root') ?? {}).some((key) => key.startsWith('__reactContainer')),
  );
  await page.waitForLoadState('networkidle');
  // Hydrated, not re-rendered: the very same heading element is still on the page.
  expect(await before!.evaluate((element) => element.isConnected)).toBe(true);
  expect(await shifts()).toBe(0);
  expect(errors).toEqual([]);
});

test('an answer tapped before the app has loaded is not lost', async ({ page }) => {
  // Hold the app's code back so the tap surely comes first.
  await page.route('**/assets/index-*.js', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/');
  await page.getByRole('button', { name: labelsTo('minor')[0], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'), {
    timeout: 10_000,
  });
  await expect(page.getByRole('button', { name: en('common.back') })).toBeVisible();
});

// Only where the place offers a language besides English: its first.
for (const code of others.slice(0, 1)) {
  test(`?lng=${code} shows that language promptly after the English first paint`, async ({ page }) => {
    await page.goto(`/?lng=${code}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wordsOf(code)('questions.danger.title'), {
      timeout: 3000,
    });
  });
}
