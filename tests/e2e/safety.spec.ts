// Safety in the real browser: every exit route leaves for good, the page works without JavaScript,
// nothing is requested from elsewhere or stored, the CSP holds, and a crash still shows the numbers.
import { expect, test, type Page } from '@playwright/test';
import { app } from './app';
import { answer, stubExitSite, openTool } from './helpers';
import { callEmergency, codes, dirOf, en, english, labelsTo, others, outcomeJourneys, wordsOf } from './screens';

const { contactIds, contacts, exitUrl } = app;
const exitButton = en('exit.button');
/** The list of every contact, in the page itself (without JavaScript, after a crash): English. */
const directoryTitle = wordsOf(english, 'outcome')('directory.title');
const safety = wordsOf(english, 'safety');

test.describe('Exit this page', () => {
  test.beforeEach(async ({ page }) => stubExitSite(page));

  const routes = {
    'the button (touch)': async (page) => page.getByRole('link', { name: exitButton, exact: true }).tap(),
    'the keyboard (Shift+Tab up to it, Enter)': async (page) => {
      for (let i = 0; i < 10 && !(await isExitFocused(page)); i++) await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
    },
    'Shift three times': async (page) => {
      for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    },
  } satisfies Record<string, (page: Page) => Promise<void>>;

  for (const [name, leave] of Object.entries(routes)) {
    test(`${name} leaves the tool, and Back does not show the answers`, async ({ page, baseURL }) => {
      await openTool(page, '/');
      await answer(page, ...labelsTo('parent'));
      await leave(page);
      await page.waitForURL(exitUrl);
      await page.goBack();
      // Back does not bring the tool back at all (history.spec.ts: from every kind of step).
      expect(new URL(page.url()).origin).not.toBe(baseURL);
    });
  }
});

test('the skip link is the first thing the keyboard reaches', async ({ page }) => {
  await stubExitSite(page);
  await openTool(page, '/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: en('exit.skipLink') })).toBeFocused();
  await expect(page.getByRole('link', { name: en('exit.skipLink') })).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.waitForURL(exitUrl);
});

async function isExitFocused(page: Page) {
  return page.evaluate((name) => (document.activeElement?.textContent ?? '').includes(name), exitButton);
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('911 and every contact are visible links', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: callEmergency() }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: directoryTitle })).toBeVisible();
    for (const href of contactIds.flatMap((id) => contacts[id].channels.map((channel) => channel.href))) {
      await expect(page.getByRole('region', { name: directoryTitle }).locator(`a[href="${href}"]`).first()).toBeVisible();
    }
    // The questions cannot work without scripts, so their buttons are not offered.
    await expect(page.getByRole('button', { name: en('answers.yes') })).toBeHidden();
  });
});

test.describe('private by construction', () => {
  test('a whole journey requests nothing from another origin and stores nothing', async ({ page, context, baseURL }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== baseURL) elsewhere.push(request.url());
    });
    // Starting in another language and switching to English, where the place offers one.
    const start = others.length > 0 ? `/?lng=${others[0]}` : '/';
    await openTool(page, start);
    if (others.length > 0) await page.getByRole('combobox').selectOption(english);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
    await answer(page, ...labelsTo('cyberTiplineResult'));
    await page.getByRole('button', { name: en('common.safetyLink') }).click();
    await page.getByRole('button', { name: safety('safety.close') }).click();
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    expect(page.url()).toBe(`${baseURL}${start}`);
  });

  test('no screen breaks the Content-Security-Policy', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    for (const [, labels] of outcomeJourneys) {
      await openTool(page, '/');
      await answer(page, ...labels);
    }
    await page.getByRole('contentinfo').getByRole('button', { name: en('common.safetyLink') }).click();
    // The place's last language (right to left, where it offers one).
    const last = codes.at(-1)!;
    await openTool(page, `/?lng=${last}`);
    await expect(page.locator('html')).toHaveAttribute('dir', dirOf(last));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wordsOf(last)('questions.danger.title'));
    expect(violations).toEqual([]);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
  });
});

test('a forced error shows a calm message and the contact list', async ({ page }) => {
  await page.addInitScript(() => {
    history.pushState = () => {
      throw new Error('forced for the test');
    };
  });
  await openTool(page, '/');
  await page.getByRole('button', { name: labelsTo('minor')[0], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: en('crash.title') })).toBeVisible();
  await expect(page.getByRole('link', { name: callEmergency() }).first()).toBeVisible();
  const directory = page.getByRole('region', { name: directoryTitle });
  for (const id of contactIds) await expect(directory.locator(`a[href="${contacts[id].channels[0].href}"]`).first()).toBeVisible();
});
