// Every script of the site blocked with JavaScript on (a content filter, a proxy, an extension, a
// browser too old for boot.js): CSS alone brings the contact list and a note to it a few seconds
// after load. Where scripts run, boot.js cancels that at once, and nothing on the first screen moves.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { app } from './app';
import { countShifts } from './helpers';
import { en, english, wordsOf } from './screens';

const { contactIds, contacts } = app;
/** The page itself is English until the app runs: its note and its list of every contact. */
const outcomeWords = wordsOf(english, 'outcome');
const note = outcomeWords('noscript.scriptsBlocked');
const directoryTitle = outcomeWords('directory.title');
const danger = { title: en('questions.danger.title'), answers: { no: en('answers.no') } };

async function expectEveryContactLinked(page: Page, timeout?: number) {
  const directory = page.getByRole('region', { name: directoryTitle });
  for (const id of contactIds) {
    // The name as the list shows it, and every way to reach it as a link.
    await expect(directory.getByRole('heading', { name: contacts[id].name.en, exact: true })).toBeVisible({ timeout });
    for (const channel of contacts[id].channels) {
      await expect(directory.locator(`a[href="${channel.href}"]`).first()).toBeVisible({ timeout });
    }
  }
}

test.describe('every script blocked, JavaScript on', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  });

  test('within 8 seconds every contact is a visible link, with a note that leads to them', async ({ page }) => {
    const shifts = await countShifts(page);
    const started = Date.now();
    await page.goto('/');
    const heading = page.getByRole('heading', { level: 1, name: danger.title });
    const before = await heading.boundingBox();
    // An answer does nothing without scripts, as the person would find.
    await page.getByRole('button', { name: danger.answers.no, exact: true }).click();
    await expect(page.getByRole('link', { name: note })).toBeVisible({ timeout: 8000 - (Date.now() - started) });
    await expectEveryContactLinked(page, Math.max(1, 8000 - (Date.now() - started)));
    expect(Date.now() - started).toBeLessThan(8000);
    // The first screen is still as it was, and nothing on it moved.
    await expect(heading).toBeVisible();
    expect(await heading.boundingBox()).toEqual(before);
    expect(await shifts()).toBe(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    // The note leads to the list.
    await page.getByRole('link', { name: note }).click();
    await expect(page.getByRole('heading', { name: directoryTitle })).toBeInViewport();
  });
});

test('where scripts run, boot.js cancels the reveal at once: neither the note nor the list is on its way', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-boot');
  // No reveal is even scheduled, so none can come later.
  const reveals = await page.evaluate(() =>
    document.getAnimations().filter((animation) => (animation as CSSAnimation).animationName === 'reveal-without-scripts').length,
  );
  expect(reveals).toBe(0);
  await expect(page.getByRole('link', { name: note })).toBeHidden();
  await expect(page.getByRole('region', { name: directoryTitle })).toBeHidden();
});

test('boot.js arriving after the reveal takes the note away without moving the first screen', async ({ page }) => {
  const shifts = await countShifts(page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => {
    await held;
    await route.continue();
  });
  // Not until load: that waits for the held script. The first screen is measured once styled.
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(() => document.body && getComputedStyle(document.body).marginTop === '0px');
  const heading = page.getByRole('heading', { level: 1, name: danger.title });
  const before = await heading.boundingBox();
  await expect(page.getByRole('link', { name: note })).toBeVisible({ timeout: 8000 });
  release();
  await expect(page.getByRole('link', { name: note })).toBeHidden();
  expect(await heading.boundingBox()).toEqual(before);
  expect(await shifts()).toBe(0);
  // The app takes over as usual.
  await page.getByRole('button', { name: danger.answers.no, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'));
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the list shows at once, without the note meant for blocked scripts', async ({ page }) => {
    await page.goto('/');
    const directory = page.getByRole('region', { name: directoryTitle });
    // At once: not after the delay a page with blocked scripts waits.
    expect(await directory.evaluate((element) => getComputedStyle(element.parentElement!).visibility)).toBe('visible');
    await expect(directory).toBeVisible();
    await expect(page.getByText(note)).toBeHidden();
  });
});
