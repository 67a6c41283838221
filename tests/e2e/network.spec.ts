// Every answer on any network: the app's code blocked or slow, the network gone after the first
// screen, or an outcome's code missing. Help always comes, never the crash screen.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type Route } from '@playwright/test';
import { app } from './app';
import { answer, openTool, stubExitSite } from './helpers';
import { callEmergency, en, english, outcomeJourneys, outcomeTitle, wordsOf } from './screens';

const { contactIds, contacts, exitUrl } = app;
const outcomeWords = wordsOf(english, 'outcome');
const call911 = outcomeTitle('call911Result');
const danger = { title: en('questions.danger.title'), answers: { yes: en('answers.yes'), no: en('answers.no'), notSure: en('answers.notSure') } };

/** The app's own scripts (everything but the boot script that the page names). */
const isAppCode = (url: URL) => /\/assets\/.*\.js$/.test(url.pathname) && !url.pathname.includes('/boot-');

async function expectEveryContact(page: Page) {
  const directory = page.getByRole('region', { name: outcomeWords('directory.title') });
  await expect(directory).toBeVisible();
  for (const id of contactIds) {
    for (const channel of contacts[id].channels) await expect(directory.locator(`a[href="${channel.href}"]`).first()).toBeVisible();
  }
}

async function expectNoCrash(page: Page) {
  await expect(page.getByRole('heading', { name: en('crash.title') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: callEmergency() }).first()).toBeVisible();
}

test.describe('the app code never arrives', () => {
  test.beforeEach(async ({ page }) => {
    await page.route(isAppCode, (route) => route.abort());
    await page.goto('/');
  });

  for (const label of [danger.answers.yes, danger.answers.notSure]) {
    test(`"${label}" shows the 911 outcome at once, the note and every contact`, async ({ page }) => {
      await page.getByRole('button', { name: label, exact: true }).click();
      await expect(page.getByRole('heading', { level: 1, name: call911 })).toBeVisible();
      await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeVisible();
      await expectEveryContact(page);
      await expect(page.getByRole('heading', { name: danger.title })).toBeHidden();
    });
  }

  test('"No" shows the note and every contact, with focus on the note', async ({ page }) => {
    await page.getByRole('button', { name: danger.answers.no, exact: true }).click();
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeFocused();
    await expectEveryContact(page);
    await expect(page.getByRole('heading', { name: call911 })).toBeHidden();
  });

  test('Exit leaves without a history entry, so Back does not return to the tool', async ({ page, baseURL }) => {
    await stubExitSite(page);
    await page.getByRole('link', { name: en('exit.button'), exact: true }).click();
    await page.waitForURL(exitUrl);
    await page.goBack();
    expect(new URL(page.url()).origin).not.toBe(baseURL);
  });

  test('its help passes axe (WCAG 2.2 AA)', async ({ page }) => {
    await page.getByRole('button', { name: danger.answers.yes, exact: true }).click();
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  test('controls that need the app are not shown as if they worked', async ({ page }) => {
    await expect(page.getByRole('combobox', { name: en('common.language') })).toBeHidden();
    await expect(page.getByRole('button', { name: en('common.learnLink') })).toBeHidden();
    // Exit and 911 are plain links: they work without the app.
    await expect(page.getByRole('link', { name: en('exit.button'), exact: true })).toBeVisible();
  });
});

test.describe('the app code is slow', () => {
  let release: () => void;
  test.beforeEach(async ({ page }) => {
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(isAppCode, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto('/');
  });

  test('an early "Yes" shows the 911 outcome at once; the app then takes over on that outcome', async ({ page }) => {
    await page.getByRole('button', { name: danger.answers.yes, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: call911 })).toBeVisible();
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeHidden();
    release();
    // The app's own Back appears once it has taken over, still on the 911 outcome.
    await expect(page.getByRole('button', { name: en('common.back') })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(call911);
    // boot.js's help gone: the attribute stays, emptied, so the help for blocked scripts stays away.
    await expect(page.locator('html')).toHaveAttribute('data-boot', '');
    await page.getByRole('button', { name: en('common.back') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(danger.title);
  });

  test('an early "No" is answered by the app when it arrives in time', async ({ page }) => {
    await page.getByRole('button', { name: danger.answers.no, exact: true }).click();
    release();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'));
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeHidden();
  });

  test('an early "No" gets every contact if the app has not arrived within a few seconds', async ({ page }) => {
    await page.getByRole('button', { name: danger.answers.no, exact: true }).click();
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeVisible({ timeout: 10_000 });
    await expectEveryContact(page);
    // The app arriving later leaves that page alone.
    release();
    await page.waitForTimeout(1000);
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeVisible();
    await expect(page.getByRole('heading', { name: en('questions.minor.title') })).toHaveCount(0);
  });
});

test.describe('the network goes after the first screen has settled', () => {
  for (const [outcome, labels] of outcomeJourneys) {
    test(`${outcome} still shows in full`, async ({ page, context }) => {
      await openTool(page, '/');
      await page.waitForLoadState('networkidle');
      await context.setOffline(true);
      await answer(page, ...labels);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(outcome));
      await expectNoCrash(page);
    });
  }
});

test.describe("an outcome's code or words cannot be fetched", () => {
  test.beforeEach(async ({ page }) => {
    await page.route(
      (url) => /OutcomeScreen|\/locales\/en\/outcome\.json/.test(url.pathname),
      (route) => route.abort(),
    );
    await openTool(page, '/');
  });

  test('the 911 outcome shows from the page itself, and Back still works', async ({ page }) => {
    await answer(page, danger.answers.yes);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(call911);
    await expectNoCrash(page);
    await page.getByRole('button', { name: en('common.back') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(danger.title);
  });

  test('another outcome says the tool could not load and shows every contact', async ({ page }) => {
    await page.getByRole('button', { name: danger.answers.no, exact: true }).click();
    await page.getByRole('button', { name: en('answers.no'), exact: true }).click();
    await expect(page.getByText(outcomeWords('directory.appFailed'))).toBeFocused();
    await expectEveryContact(page);
    await expectNoCrash(page);
  });
});
