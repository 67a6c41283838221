// Safety in the real browser: every exit route leaves for good, the page works without JavaScript,
// nothing is requested from elsewhere or stored, the CSP holds, and a crash still shows the numbers.
import { expect, test, type Page } from '@playwright/test';
import { exitUrl } from '../../src/config';
import { contactIds, contacts } from '../../src/flow/contacts';
import { answer, stubExitSite, openTool } from './helpers';
import { outcomeJourneys } from './screens';

test.describe('Exit this page', () => {
  test.beforeEach(async ({ page }) => stubExitSite(page));

  const routes = {
    'the button (touch)': async (page) => page.getByRole('link', { name: 'Exit this page', exact: true }).tap(),
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
      await answer(page, 'No', 'Yes');
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
  await expect(page.getByRole('link', { name: 'Exit this page now' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Exit this page now' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.waitForURL(exitUrl);
});

async function isExitFocused(page: Page) {
  return page.evaluate(() => /Exit this page/.test(document.activeElement?.textContent ?? ''));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('911 and every contact are visible links', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Call 911' }).first()).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Whom to contact' })).toBeVisible();
    for (const href of contactIds.flatMap((id) => contacts[id].channels.map((channel) => channel.href))) {
      await expect(page.getByRole('region', { name: 'Whom to contact' }).locator(`a[href="${href}"]`).first()).toBeVisible();
    }
    // The questions cannot work without scripts, so their buttons are not offered.
    await expect(page.getByRole('button', { name: 'Yes' })).toBeHidden();
  });
});

test.describe('private by construction', () => {
  test('a whole journey requests nothing from another origin and stores nothing', async ({ page, context, baseURL }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== baseURL) elsewhere.push(request.url());
    });
    await openTool(page, '/?lng=es');
    await page.getByRole('combobox').selectOption('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Is anyone in immediate danger right now?');
    await answer(page, 'No', 'Yes', 'No', /online/);
    await page.getByRole('button', { name: 'Browsing safely' }).click();
    await page.getByRole('button', { name: 'Close' }).click();
    expect(elsewhere).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
    expect(page.url()).toBe(`${baseURL}/?lng=es`);
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
    await page.getByRole('contentinfo').getByRole('button', { name: 'Browsing safely' }).click();
    await openTool(page, '/?lng=ar');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
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
  await page.getByRole('button', { name: 'No', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Something went wrong on this page' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 911' }).first()).toBeVisible();
  const directory = page.getByRole('region', { name: 'Whom to contact' });
  for (const id of contactIds) await expect(directory.locator(`a[href="${contacts[id].channels[0].href}"]`).first()).toBeVisible();
});
