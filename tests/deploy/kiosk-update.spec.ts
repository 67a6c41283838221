// A kiosk gets a newly published version (the District Attorney's number changed) at the next moment
// nobody is using it, never during a journey or while "Are you still there?" is up, with its settings
// kept; with the server unreachable, or the new version not all there, it runs on the one it has and
// switches once it can. Served by nginx with deploy/nginx.conf, published with deploy/publish.sh.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { openTool } from '../e2e/helpers';
import { codes, english, labelsTo, wordsOf } from '../e2e/screens';
import { numbers, versions } from './builds';
import { Site } from './site';

// The operator's settings: the shortest timers, the place's second language, printing on.
const lng = codes[1] ?? english;
const idleSeconds = 15;
const countdownSeconds = 20;
const address = `/?kiosk=1&idle=${idleSeconds}&countdown=${countdownSeconds}&lng=${lng}&print=1`;

const words = wordsOf(lng);
/** The journey to the outcome whose action is the changed number. */
const journey = labelsTo('adultResult', lng);
const firstQuestion = words('questions.danger.title');

let site: Site;
test.beforeEach(async () => {
  site = await Site.serving(versions().before);
});
test.afterEach(async () => site.dispose());

/** Opens the kiosk and waits until its service worker controls it (so it works without the server). */
async function openKiosk(page: Page) {
  await page.clock.install();
  await openTool(page, site.url(address));
  await expect(page.getByText(wordsOf(lng, 'kiosk')('kiosk.badge'))).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

async function answer(page: Page, ...labels: string[]) {
  for (const label of labels) {
    const before = await page.getByRole('heading', { level: 1 }).textContent();
    await page.getByRole('button', { name: label, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before ?? '');
  }
}

/** Marks this document, so a reload (a fresh document) shows. */
const mark = (page: Page) => page.evaluate(() => Object.assign(window, { sameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => 'sameDocument' in window).catch(() => false);
/** Whether a new version has been downloaded and is waiting to take over. */
const newVersionWaiting = (page: Page) =>
  page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

/** Leaves the kiosk: "Are you still there?" comes, then the countdown clears it (the clock jumps). */
async function walkAway(page: Page) {
  await page.clock.fastForward(idleSeconds * 1000);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.fastForward(countdownSeconds * 1000);
}

/** The kiosk shows the changed number, not the old one, where the journey leads. */
async function showsNumber(page: Page, shown: 'before' | 'after') {
  await answer(page, ...journey);
  const main = page.locator('main');
  await expect(main.getByText(numbers[shown].display).first()).toBeVisible();
  await expect(main).not.toContainText(numbers[shown === 'before' ? 'after' : 'before'].display);
}

/** After a reload: the operator's language, timers and printing are as the address set them. */
async function keepsSettings(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuestion);
  await expect(page.getByText(wordsOf(lng, 'kiosk')('kiosk.badge'))).toBeVisible();
  await showsNumber(page, 'after');
  await expect(page.getByRole('button', { name: wordsOf(lng, 'outcome')('print.button') })).toBeVisible();
  await page.clock.fastForward((idleSeconds - 1) * 1000);
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.clock.fastForward(1000);
  await expect(page.getByRole('dialog')).toContainText(String(countdownSeconds));
}

test('a new version reaches the kiosk after the next reset, never during a journey or the prompt, settings kept', async ({ page }) => {
  await openKiosk(page);
  await answer(page, journey[0]);
  await mark(page);

  site.publish(versions().after);
  // As a browser may check by itself at any time: the new version downloads mid-journey.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect.poll(() => newVersionWaiting(page)).toBe(true);

  // The person carries on undisturbed: Back, the rest of the journey, the old number as loaded.
  await page.getByRole('button', { name: words('common.back'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuestion);
  await showsNumber(page, 'before');
  await page.clock.fastForward(idleSeconds * 1000);
  await expect(page.getByRole('dialog')).toBeVisible();
  // Nothing switches while the prompt is up either.
  await page.waitForTimeout(1000);
  expect(await sameDocument(page)).toBe(true);
  expect(await newVersionWaiting(page)).toBe(true);

  // The countdown ends, the screen clears: the new version takes over and the page reloads.
  const reloaded = page.waitForEvent('load');
  await page.clock.fastForward(countdownSeconds * 1000);
  await reloaded;
  expect(await sameDocument(page)).toBe(false);
  await keepsSettings(page);
  expect(await newVersionWaiting(page)).toBe(false);
});

test('with the server unreachable at reset the kiosk runs on, and switches once the server is back', async ({ page }) => {
  await openKiosk(page);
  await answer(page, journey[0]);
  await mark(page);
  site.publish(versions().after);
  await site.stop();

  // The reset's check fails: the kiosk stays as it is and works, from its own copy.
  await walkAway(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuestion);
  await page.waitForTimeout(1000);
  expect(await sameDocument(page)).toBe(true);
  await showsNumber(page, 'before');
  await walkAway(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuestion);
  expect(await sameDocument(page)).toBe(true);

  // The server returns; the kiosk, still untouched on its first question, asks again within 15 minutes.
  await site.start();
  const reloaded = page.waitForEvent('load');
  await page.clock.fastForward('15:00');
  await reloaded;
  expect(await sameDocument(page)).toBe(false);
  await keepsSettings(page);
});

test('a new version that cannot be downloaded whole changes nothing; the whole one switches at the next reset', async ({ page }) => {
  const { after } = versions();
  await openKiosk(page);
  await answer(page, journey[0]);
  await mark(page);
  // Only the new service worker is there, as from a host that uploads it first: its files are missing.
  for (const file of readdirSync(after).filter((name) => name === 'sw.js' || name.startsWith('workbox-'))) {
    cpSync(join(after, file), join(site.root, file));
  }
  await walkAway(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuestion);
  await page.waitForTimeout(2000);
  expect(await sameDocument(page)).toBe(true);
  expect(await newVersionWaiting(page)).toBe(false);
  await showsNumber(page, 'before');

  site.publish(after);
  const reloaded = page.waitForEvent('load');
  await walkAway(page);
  await reloaded;
  await keepsSettings(page);
});
