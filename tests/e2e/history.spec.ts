// The browser's Back and Forward: Exit leaves the tool behind Back, a reload never undoes a quick
// tap, Back closes a Learn page before Learn itself, and a double tap answers once.
import { expect, test, type Page } from '@playwright/test';
import { app } from './app';
import { answer, openTool, stubExitSite } from './helpers';
import { core, en, english, labelsTo, outcomeTitle, wordsOf } from './screens';

const { exitUrl } = app;
const learn = wordsOf(english, 'learn');
/** A page the person was on before the tool (another origin, served by the test). */
const earlierSite = 'https://search.example/';

async function openAfterEarlierSite(page: Page) {
  await page.context().route(`${earlierSite}**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Search</title><h1>Search</h1>' }),
  );
  await page.goto(earlierSite);
  await openTool(page, '/');
}

test.describe('Exit leaves the tool behind Back', () => {
  test.beforeEach(async ({ page }) => stubExitSite(page));

  for (const screen of ['danger', 'parent', 'cyberTiplineResult']) {
    test(`from ${screen}: Back goes to the page before the tool`, core, async ({ page }) => {
      await openAfterEarlierSite(page);
      await answer(page, ...labelsTo(screen));
      await page.getByRole('link', { name: en('exit.button'), exact: true }).click();
      await page.waitForURL(exitUrl);
      await page.goBack();
      expect(page.url()).toBe(earlierSite);
    });
  }

  test('after a reload mid-way, Back from the exit site still skips every entry of the tool', async ({ page }) => {
    await openAfterEarlierSite(page);
    await answer(page, ...labelsTo('parent'));
    await openTool(page, '/');
    await answer(page, ...labelsTo('minor'));
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(exitUrl);
    await page.goBack();
    expect(page.url()).toBe(earlierSite);
  });

  test('Exit straight after Start over (while history is still stepping back) leaves the tool behind Back', async ({ page }) => {
    await openAfterEarlierSite(page);
    await answer(page, ...labelsTo('parent'));
    await page.getByRole('button', { name: en('common.startOver') }).click();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await page.waitForURL(exitUrl);
    await page.goBack();
    expect(page.url()).toBe(earlierSite);
  });

  test('on a kiosk, Exit starts afresh instead of leaving', async ({ page, baseURL }) => {
    await openTool(page, '/?kiosk=1');
    await answer(page, ...labelsTo('parent'));
    await page.getByRole('link', { name: en('exit.button'), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
    await expect(page.getByText(en('common.earlierAnswer'))).toHaveCount(0);
    expect(page.url()).toBe(`${baseURL}/?kiosk=1`);
  });
});

test.describe('Back and Forward', () => {
  test('a tap at once after a reload is never undone', async ({ page }) => {
    for (let round = 0; round < 5; round++) {
      await openTool(page, '/');
      await answer(page, en('answers.no'));
      // A reload (same address), then the first answer straight away.
      await openTool(page, '/');
      await page.getByRole('button', { name: en('answers.no'), exact: true }).click();
      await page.waitForTimeout(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'));
      expect(await page.evaluate(() => history.state)).not.toBeNull();
    }
  });

  test('Back steps back one question at a time, then leaves the tool', core, async ({ page }) => {
    await openAfterEarlierSite(page);
    await answer(page, ...labelsTo('whatNoticed'));
    for (const screen of ['parent', 'minor', 'danger'] as const) {
      await page.goBack();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(en(`questions.${screen}.title`));
    }
    await page.goBack();
    expect(page.url()).toBe(earlierSite);
  });

  test('Forward onto a step undone by Back stays where the person is', async ({ page }) => {
    await openTool(page, '/');
    await answer(page, ...labelsTo('parent'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'));
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
  });

  test('Back from a Learn page returns to the contents, then to the question', async ({ page }) => {
    await openTool(page, '/');
    await answer(page, ...labelsTo('minor'));
    await page.getByRole('button', { name: en('common.learnLink') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(learn('title'));
    await page.getByRole('button', { name: learn('pages.signs.title') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(learn('pages.signs.title'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(learn('title'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.minor.title'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
  });

  test('Start over leaves one entry, so Back then leaves the tool', async ({ page }) => {
    await openAfterEarlierSite(page);
    await answer(page, ...labelsTo('parent'));
    await page.getByRole('button', { name: en('common.startOver') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
    await answer(page, en('answers.no'));
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
    await page.goBack();
    expect(page.url()).toBe(earlierSite);
  });
});

test.describe('double taps', () => {
  /** Two taps at the centre of `name`'s button, as fast as a finger does them. */
  async function doubleTap(page: Page, name: string | RegExp) {
    const box = (await page.getByRole('button', { name, exact: typeof name === 'string' }).boundingBox())!;
    const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
    await page.touchscreen.tap(x, y);
    await page.touchscreen.tap(x, y);
  }

  test('a double tap on the last answer shows the outcome and acts on nothing there', async ({ page }) => {
    await openTool(page, '/');
    await answer(page, ...labelsTo('whatNoticed'));
    await doubleTap(page, labelsTo('cyberTiplineResult').at(-1)!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle('cyberTiplineResult'));
    await page.waitForTimeout(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle('cyberTiplineResult'));
  });

  test('a double tap on "I\'m not sure" answers one question', async ({ page }) => {
    await openTool(page, '/');
    await answer(page, en('answers.no'));
    await doubleTap(page, en('answers.notSure'));
    await page.waitForTimeout(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.parent.title'));
    await expect(page.getByRole('button', { name: en('common.back') })).toBeVisible();
  });

  test('a double click on an answer answers once, and clicks nothing on the next screen', async ({ page }) => {
    await openTool(page, '/');
    await answer(page, ...labelsTo('parent'));
    await page.getByRole('button', { name: en('answers.yes'), exact: true }).dblclick();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.missing.title'));
    await page.waitForTimeout(500);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.missing.title'));
  });
});
