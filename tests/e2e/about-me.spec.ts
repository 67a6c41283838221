// "This is happening to me" in the real browser: reached and read by keyboard in a safe order, axe
// clean, browser Back returns to the question, nothing of the visit kept, and the kiosk reset
// clears the page.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { contacts } from '../../src/flow/contacts';
import { emergencyCall } from '../../src/flow/emergency';
import { aboutMeChannels, aboutMeResult } from '../../src/flow/outcomes';
import enOutcome from '../../locales/en/outcome.json' with { type: 'json' };
import { answer, openTool } from './helpers';
import { outcomeTitle, words } from './screens';

const control = words.en.common.aboutMe;
const title = outcomeTitle('aboutMeResult');
const minorTitle = words.en.questions.minor.title;

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

test('by keyboard: the control, then 911, the safety note and Browsing safely, then each hotline text before call', async ({ page }) => {
  await openTool(page, '/');
  await answer(page, 'No');
  await tabTo(page, control);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText(title);
  await expect(heading).toBeFocused();

  // The order a keyboard (and a screen reader) meets the page's links and buttons in.
  const stops = await page.locator('main').evaluate((main) =>
    [...main.querySelectorAll('a, button')].map((element) => element.getAttribute('href') ?? element.textContent),
  );
  const expected = [
    emergencyCall.href,
    words.en.common.safetyLink,
    ...aboutMeResult.hotlines.flatMap((id) => aboutMeChannels(id).map((channel) => channel.href)),
    contacts.daOffice.channels[0].href,
  ];
  expect(stops.filter((stop) => expected.includes(stop!))).toEqual(expected);
  expect(stops.some((stop) => stop?.startsWith('sms:') && stop.includes('?'))).toBe(false);
  // The note on what a phone keeps comes before any hotline number.
  const note = page.getByText(enOutcome.outcomes.aboutMeResult.safety.history);
  const firstText = page.locator(`main a[href="${aboutMeChannels(aboutMeResult.hotlines[0])[0].href}"]`);
  expect((await note.boundingBox())!.y).toBeLessThan((await firstText.boundingBox())!.y);

  await tabTo(page, words.en.common.back);
  await page.keyboard.press('Enter');
  await expect(heading).toHaveText(minorTitle);
  await expect(heading).toBeFocused();
});

for (const lang of ['en', 'ar'] as const) {
  test(`${lang}: axe finds nothing on the page and on Browsing safely opened from it`, async ({ page }) => {
    await openTool(page, `/?lng=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await page.getByRole('button', { name: words[lang].common.aboutMe }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('main').getByRole('button', { name: words[lang].common.safetyLink }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    expect(await axe(page)).toEqual([]);
  });
}

test('browser Back returns to the question; the address, title and storage never change', async ({ page, context, baseURL }) => {
  await openTool(page, '/');
  const address = page.url();
  const pageTitle = await page.title();
  await answer(page, 'No', control);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  expect(page.url()).toBe(address);
  expect(await page.title()).toBe(pageTitle);
  // Only numbers: the entry's place, the step count, no page open; nothing says which step.
  expect(await page.evaluate(() => history.state)).toEqual({ wsid: { index: expect.any(Number), depth: 2, open: 0 } });
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(minorTitle);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.questions.danger.title);
  expect(page.url()).toBe(`${baseURL}/`);
  expect(await page.title()).toBe(pageTitle);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('on a kiosk, the idle reset clears this page: the first question, no Back', async ({ page }) => {
  await page.clock.install();
  await openTool(page, '/?kiosk=1');
  await expect(page.getByText('Shared kiosk')).toBeVisible();
  // The very first tap: the idle timers start from it.
  await answer(page, control);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('img', { name: `QR code: ${aboutMeChannels('coHotline')[0].href}` })).toBeVisible();
  await page.clock.fastForward('01:01');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.clock.fastForward('00:31');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(words.en.questions.danger.title);
  await expect(page.getByText(title)).toHaveCount(0);
  await expect(page.getByRole('button', { name: words.en.common.back })).toHaveCount(0);
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
