// "This is happening to me" in the real browser: reached and read by keyboard in a safe order, axe
// clean, browser Back returns to the question, nothing of the visit kept, and the kiosk reset
// clears the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { app } from './app';
import { answer, openTool } from './helpers';
import { core, en, english, labelsTo, outcomeTitle, pastCountdown, pastIdle, rightToLeft, wordsOf } from './screens';

const control = en('common.aboutMe');
const title = outcomeTitle('aboutMeResult');
const minorTitle = en('questions.minor.title');
const { sections } = app.outcomeView('aboutMeResult', english);
const notes = sections.flatMap((section) => (section.kind === 'notes' ? [section] : []))[0];
/** The hotlines for the person it is happening to (the national one, at least, is every place's). */
const hotlines = sections.flatMap((section) => (section.kind === 'contacts' && section.list === 'hotlines' ? [section] : []))[0];
const firstHotline = hotlines.contacts[0].channels[0];

const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations.map(
    (violation) => violation.id,
  );

/** Presses Tab until the focused element's text starts with `text`; every stop must show its focus. */
async function tabTo(page: Page, text: string) {
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      return { text: element.textContent ?? '', visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    expect(focused.visible, `focus is visible on "${focused.text}"`).toBe(true);
    if (focused.text.startsWith(text)) return;
  }
  throw new Error(`Tab never reached "${text}"`);
}

test('by keyboard: the control, then 911, the safety note and Browsing safely, then each hotline text before call', core, async ({ page }) => {
  await openTool(page, '/');
  await answer(page, ...labelsTo('minor'));
  await tabTo(page, control);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();

  // The order a keyboard (and a screen reader) meets the page's links and buttons in.
  const stops = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('a, button')].map((element) => element.getAttribute('href') ?? element.textContent),
  );
  // The outcome's view says what the page offers, section by section (the note: Browsing safely).
  const expected = sections.flatMap((section) => {
    switch (section.kind) {
      case 'action':
        return [...(section.call ? [section.call.href] : []), ...section.contacts.flatMap(({ channels }) => channels.map((channel) => channel.href))];
      case 'notes':
        return [en('common.safetyLink')];
      case 'contacts':
        return section.contacts.flatMap(({ channels }) => channels.map((channel) => channel.href));
      case 'call':
        return [section.channel.href];
      default:
        return [];
    }
  });
  expect(stops.filter((stop) => expected.includes(stop!))).toEqual(expected);
  expect(stops.some((stop) => stop?.startsWith('sms:') && stop.includes('?'))).toBe(false);
  // The note on what a phone keeps comes before any hotline number.
  const note = page.getByText(app.say(english, notes.items[0]));
  const firstText = page.locator(`main a[href="${firstHotline.href}"]`);
  expect((await note.boundingBox())!.y).toBeLessThan((await firstText.boundingBox())!.y);

  await tabTo(page, en('common.back'));
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(minorTitle);
  await expect(heading).toBeFocused();
});

// English, and each right-to-left language the place offers.
for (const lang of [english, ...rightToLeft]) {
  test(`${lang}: axe finds nothing on the page and on Browsing safely opened from it`, async ({ page }) => {
    await openTool(page, `/?lng=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByRole('button', { name: wordsOf(lang)('common.aboutMe') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('main').getByRole('button', { name: wordsOf(lang)('common.safetyLink') }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axe(page)).toEqual([]);
  });
}

test('browser Back returns to the question; the address, title and storage never change', core, async ({ page, context, baseURL }) => {
  await openTool(page, '/');
  const address = page.url();
  const pageTitle = await page.title();
  await answer(page, ...labelsTo('minor'), control);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(page.url()).toBe(address);
  expect(await page.title()).toBe(pageTitle);
  // Only numbers: the entry's place, the step count, no page open; nothing says which step.
  const depth = labelsTo('minor').length + 1;
  expect(await page.evaluate(() => history.state)).toEqual({ wsid: { index: expect.any(Number), depth, open: 0 } });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(minorTitle);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
  expect(page.url()).toBe(`${baseURL}/`);
  expect(await page.title()).toBe(pageTitle);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('on a kiosk, the idle reset clears this page: the first question, no Back', core, async ({ page }) => {
  await page.clock.install();
  await openTool(page, '/?kiosk=1');
  await expect(page.getByText(wordsOf(english, 'kiosk')('kiosk.badge'))).toBeVisible();
  // The very first tap: the idle timers start from it.
  await answer(page, control);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('img', { name: wordsOf(english, 'kiosk')('kiosk.qr', { target: firstHotline.href }) })).toBeVisible();
  await page.clock.fastForward(pastIdle);
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.fastForward(pastCountdown);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('questions.danger.title'));
  await expect(page.getByText(title)).toHaveCount(0);
  await expect(page.getByRole('button', { name: en('common.back') })).toHaveCount(0);
});

test('in forced-colors mode every control on the page keeps a border', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openTool(page, '/');
  await answer(page, control);
  const borderless = await page.evaluate(() =>
    [...document.querySelectorAll('main button')]
      .filter((element) => parseFloat(getComputedStyle(element).borderTopWidth) < 1)
      .map((element) => element.textContent),
  );
  expect(borderless).toEqual([]);
});
