// Kiosk mode in the real browser: the idle reset (with Playwright's clock), QR codes for every
// contact of every outcome, axe on the kiosk screens, working offline after one visit, and no service
// worker elsewhere.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { app } from './app';
import { core, dirOf, en, english, kioskTimers, pastCountdown, pastIdle, labelsTo, others, outcomeJourneys, outcomeTitle, wordsOf } from './screens';
import { answer, openTool } from './helpers';

const kiosk = wordsOf(english, 'kiosk');

test(`after ${kioskTimers.idleSeconds} s idle and a ${kioskTimers.countdownSeconds} s countdown the kiosk is fresh: no answer remains`, core, async ({ page }) => {
  await page.clock.install();
  await openTool(page, '/?kiosk=1');
  await expect(page.getByText(kiosk('kiosk.badge'))).toBeVisible();
  await answer(page, ...labelsTo('parent'));
  // Where the place offers another language, the next person gets English back too.
  if (others.length > 0) {
    await page.getByRole('combobox').selectOption(others[0]);
    await expect(page.locator('html')).toHaveAttribute('lang', others[0]);
  }
  await page.clock.fastForward(pastIdle);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button')).toBeFocused();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await page.clock.fastForward(pastCountdown);
  await expect(dialog).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', english);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
  await expect(page.getByText(en('common.earlierAnswer'))).toHaveCount(0);
  await expect(page.getByRole('button', { name: en('common.back') })).toHaveCount(0);
});

for (const [outcome, labels] of outcomeJourneys) {
  test(`${outcome}: every contact shows its number with a QR code, and nothing dials or leaves`, async ({ page }) => {
    await openTool(page, '/?kiosk=1');
    await expect(page.getByText(kiosk('kiosk.badge'))).toBeVisible();
    await answer(page, ...labels);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      outcomeTitle(outcome),
    );
    const cards = page.locator('main .contact');
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) {
      const numbers = await card.locator('.channel-kiosk').count();
      expect(numbers).toBeGreaterThan(0);
      await expect(card.getByRole('img', { name: /^QR code: (tel:|sms:|https:)/ })).toHaveCount(numbers);
    }
    await expect(page.locator('main a')).toHaveCount(0);
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('after one visit, the kiosk works offline: reload and reach an outcome', async ({ page, context }) => {
  await openTool(page, '/?kiosk=1');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // Let the service worker take control, so every later request goes through its cache.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText(kiosk('kiosk.badge'))).toBeVisible();
  await answer(page, ...labelsTo('cyberTiplineResult'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle('cyberTiplineResult'));
  const action = app.outcomeView('cyberTiplineResult', english).sections.find((section) => section.kind === 'action');
  const [first] = action?.kind === 'action' ? action.contacts[0].channels : [];
  await expect(page.getByRole('img', { name: kiosk('kiosk.qr', { target: first.href }) })).toBeVisible();
  // Another language's words come from the cache too (the place's last, where it offers one).
  const last = others.at(-1);
  if (last) {
    await page.getByRole('combobox').selectOption(last);
    await expect(page.locator('html')).toHaveAttribute('lang', last);
    await expect(page.locator('html')).toHaveAttribute('dir', dirOf(last));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle('cyberTiplineResult', last));
  }
  await context.setOffline(false);
});

test('a personal device in normal mode gets no service worker', async ({ page }) => {
  await openTool(page, '/');
  await answer(page, ...labelsTo('call911Result'));
  await page.waitForTimeout(500);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
