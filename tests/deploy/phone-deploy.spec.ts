// A new version is published while people are on a question on their phones. Their pages ask for
// the outcome's code and words only after the deploy (held on the way until it is done, as a slow
// network or a late tap would have it), and every outcome still shows help: their own version's
// outcome while the earlier build's assets are kept (deploy/publish.sh, 30 days), and once those are
// gone, the "could not load" line with every contact, never a blank page or the crash screen. Nothing
// reloads and no service worker is installed; a new visitor gets the new version.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { devices, expect, test, type Browser, type Page } from '@playwright/test';
import { firstScreenFiles } from '../bench/firstScreen.mjs';
import { app } from '../e2e/app';
import { answer, openTool } from '../e2e/helpers';
import { callEmergency, en, english, outcomeJourneys, outcomeTitle, wordsOf } from '../e2e/screens';
import { files, numbers, versions } from './builds';
import { Site } from './site';

/** The line above every contact when the rest of the tool could not load. */
const appFailed = wordsOf(english, 'outcome')('directory.appFailed');

let site: Site;
test.beforeEach(async () => {
  site = await Site.serving(versions().before);
});
test.afterEach(async () => site.dispose());

/** A phone for each outcome, on the question before it; what it loads after its first screen waits for `published`. */
async function phonesOnTheLastQuestion(browser: Browser, published: Promise<void>) {
  const firstScreen = new Set(Object.values(firstScreenFiles(versions().before)).flat().map((file) => `/${file}`));
  return Promise.all(
    outcomeJourneys.map(async ([outcome, labels]) => {
      const context = await browser.newContext({ ...devices['Pixel 7'] });
      await context.route(
        (url) => url.pathname.startsWith('/assets/') && !firstScreen.has(url.pathname),
        async (route) => {
          await published;
          await route.continue();
        },
      );
      const page = await context.newPage();
      const errors: string[] = [];
      const missing: string[] = [];
      const fetched: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('response', (response) => (response.status() === 404 ? missing : fetched).push(new URL(response.url()).pathname));
      await openTool(page, site.url('/'));
      await answer(page, ...labels.slice(0, -1));
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      return { outcome, last: labels.at(-1)!, page, errors, missing, fetched };
    }),
  );
}

/** What every page must still be after the tap: the same document, 911 on screen, no crash, nothing installed or stored. */
async function stillTheSamePage(page: Page, errors: string[]) {
  await expect(page.locator('.emergency-line').getByRole('link', { name: callEmergency() })).toBeVisible();
  await expect(page.getByRole('heading', { name: en('crash.title') })).toHaveCount(0);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])).toEqual([0, 0, '']);
  expect(errors).toEqual([]);
}

test('with the earlier version kept, a phone mid-journey gets its own version of every outcome', async ({ browser }) => {
  let publish!: () => void;
  const phones = await phonesOnTheLastQuestion(browser, new Promise((resolve) => (publish = resolve)));
  site.publish(versions().after);
  publish();
  const onlyBefore = new Set(files(versions().before).filter((file) => !existsSync(join(versions().after, file))));
  for (const { outcome, last, page, errors, fetched } of phones) {
    await page.getByRole('button', { name: last, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 }), outcome).toHaveText(outcomeTitle(outcome));
    // Among what it fetched after the deploy, code the new version no longer has.
    expect(fetched.filter((path) => onlyBefore.has(path.slice(1))), outcome).not.toEqual([]);
    await expect(page.locator('main .contact').first(), outcome).toBeVisible();
    await expect(page.getByText(appFailed)).toBeHidden();
    // The page's own number, consistent with everything else it shows.
    await expect(page.locator('main'), outcome).not.toContainText(numbers.after.display);
    await stillTheSamePage(page, errors);
    await page.context().close();
  }

  // Someone who opens the tool now gets the new version.
  const page = await browser.newPage({ ...devices['Pixel 7'] });
  await openTool(page, site.url('/'));
  const [, labels] = outcomeJourneys.find(([outcome]) => outcome === 'adultResult')!;
  await answer(page, ...labels);
  await expect(page.locator('main').getByText(numbers.after.display).first()).toBeVisible();
  await page.close();
});

test('with the earlier version gone, every outcome still shows how to get help', async ({ browser }) => {
  let publish!: () => void;
  const phones = await phonesOnTheLastQuestion(browser, new Promise((resolve) => (publish = resolve)));
  // As after the 30 days publish.sh keeps them, or on a host that replaces every file at each deploy.
  execFileSync('find', [join(site.root, 'assets'), '-type', 'f', '-exec', 'touch', '-d', '31 days ago', '{}', '+']);
  site.publish(versions().after);
  publish();
  for (const { outcome, last, page, errors, missing } of phones) {
    await page.getByRole('button', { name: last, exact: true }).click();
    // What it asked for after the deploy was not there.
    await expect.poll(() => missing.length, outcome).toBeGreaterThan(0);
    if (outcome === 'call911Result') {
      // The page's own copy of the 911 outcome, which needs nothing from the server.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle(outcome));
    } else {
      await expect(page.getByText(appFailed), outcome).toBeVisible();
      const directory = page.locator('#contact-directory');
      await expect(directory.getByRole('link', { name: numbers.before.display }).first(), outcome).toBeVisible();
      expect(await directory.getByRole('link').count()).toBeGreaterThan(app.contactIds.length - 1);
    }
    await stillTheSamePage(page, errors);
    await page.context().close();
  }
});
