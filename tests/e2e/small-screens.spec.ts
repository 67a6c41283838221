// Small phones, measured in Chromium in every language the place offers: the first question, its answers, 911
// and Exit fit on the first screen; the header stays compact; no word is broken inside itself; the
// Exit + 911 bar stays in reach while scrolling without hiding what has focus; hover only on
// devices that hover. Boxes and line boxes are measured, never screenshots.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { app } from './app';
import { openTool } from './helpers';
import { answerLabel, callEmergency, codes, en, english, screens, wordsOf } from './screens';

/** Opens the tool in `code` at the given size and clicks through to `screen` (a key of the screens table). */
async function openAt(page: Page, code: string, width: number, height: number, screen = 'danger') {
  await page.setViewportSize({ width, height });
  await openTool(page, `/?lng=${code}`);
  await expect(page.locator('html')).toHaveAttribute('lang', code);
  for (const step of screens[screen]) {
    await page.getByRole('button', { name: answerLabel(code, step), exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
}

/** The 911 link and Exit this page, found by their names in `code`. */
function safetyLinks(page: Page, code: string) {
  return {
    call: page.getByRole('link', { name: callEmergency(code) }),
    exit: page.getByRole('link', { name: wordsOf(code)('exit.button'), exact: true }),
  };
}

/** Runs in the page before its scripts: the device offers one local voice for `code`. */
function speakIn(code: string) {
  const voice = { lang: code === 'zh-Hans' ? 'zh-CN' : code, name: 'Local', voiceURI: 'local', localService: true, default: true };
  window.speechSynthesis.getVoices = () => [voice as SpeechSynthesisVoice];
}

const box = async (locator: ReturnType<Page['locator']>) => (await locator.boundingBox())!;

/** Words split across lines: for each word of each visible text, its line boxes must share one line. */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      if (parent.closest('.visually-hidden, [hidden], script, style, noscript, select') || !parent.checkVisibility()) continue;
      const text = node.textContent ?? '';
      // A word ends at a space or after a hyphen, dash or slash (where a line may break). Chinese
      // may break between any two characters, so only its Latin words and numbers are checked.
      for (const match of text.matchAll(/[^\s\-‐–—/\p{Script=Han}\p{P}]+[\p{P}]*/gu)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = [...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => rect.top);
        const lineHeight = parseFloat(getComputedStyle(parent).fontSize);
        if (tops.some((top) => Math.abs(top - tops[0]) > lineHeight / 2)) broken.push(match[0]);
      }
    }
    return broken;
  });
}

for (const code of codes) {
  test.describe(`in ${code}`, () => {
    for (const voice of [false, true]) {
      test(`at 360 × 640 the question, all its answers, 911 and Exit are on the first screen${voice ? ', with Listen' : ''}`, async ({ page }) => {
        // As on a phone with a voice for the language on the device: the Listen button then shows.
        if (voice) await page.addInitScript(speakIn, code);
        await openAt(page, code, 360, 640);
        const { call, exit } = safetyLinks(page, code);
        const answers = app.questions.danger.map((answer) =>
          page.getByRole('button', { name: wordsOf(code)(`answers.${answer}`), exact: true }),
        );
        const listen = page.getByRole('button', { name: wordsOf(code)('common.listen') });
        await expect(listen).toHaveCount(voice ? 1 : 0);
        const shown = [page.getByRole('heading', { level: 1 }), ...answers, call, exit, ...(voice ? [listen] : [])];
        for (const element of shown) {
          const { y, height } = await box(element);
          expect(y).toBeGreaterThanOrEqual(0);
          expect(y + height).toBeLessThanOrEqual(640);
        }
        // The bar's targets and Listen stay large enough to tap.
        for (const target of [call, exit, ...(voice ? [listen] : [])]) expect((await box(target)).height).toBeGreaterThanOrEqual(44);
      });
    }

    for (const [width, height] of [[320, 568], [360, 640]] as const) {
      test(`at ${width} × ${height} the header and bar take under a third of the screen, no word is broken, and axe finds nothing`, async ({ page }) => {
        await openAt(page, code, width, height);
        const bar = await box(page.locator('.safety-bar'));
        expect(bar.y + bar.height).toBeLessThan(height * 0.3);
        expect(await brokenWords(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        expect(axe.violations.map((violation) => violation.id)).toEqual([]);
      });
    }

    test('no word is broken on a question with long answers or on the longest outcome, at 320 px', async ({ page }) => {
      await openAt(page, code, 320, 568, 'whatNoticed');
      expect(await brokenWords(page)).toEqual([]);
      await page.getByRole('button', { name: wordsOf(code)('answers.childIKnow') }).click();
      await expect(page.locator('main section').first()).toBeVisible();
      expect(await brokenWords(page)).toEqual([]);
    });

    test('shows which question this is, and at most how many there are', async ({ page }) => {
      await openAt(page, code, 360, 640, 'minor');
      const number = screens.minor.length + 1;
      await expect(page.getByText(wordsOf(code)('progress.question', { number, total: app.mostQuestions() }))).toBeVisible();
    });
  });
}

for (const code of codes) {
  test(`in ${code}, Exit and 911 stay at the top of a long outcome without hiding what has focus`, async ({ page }) => {
    await openAt(page, code, 360, 640, 'lawEnforcementResult');
    const { call, exit } = safetyLinks(page, code);
    const heading = page.getByRole('heading', { level: 1 });
    // Focus on the new heading, below the bar.
    const bar = page.locator('.safety-bar');
    expect((await box(heading)).y).toBeGreaterThanOrEqual((await box(bar)).y + (await box(bar)).height);
    await page.keyboard.press('End');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const stuck = await box(bar);
    expect(stuck.y).toBe(0);
    expect(stuck.height).toBeLessThanOrEqual(640 / 6);
    for (const link of [call, exit]) {
      const { y, height, width } = await box(link);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y + height).toBeLessThanOrEqual(stuck.height);
      expect(Math.min(height, width)).toBeGreaterThanOrEqual(44);
    }
    // Going back up by keyboard, nothing that takes focus is hidden under the bar (WCAG 2.4.11).
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Shift+Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement!;
        const rect = element.getBoundingClientRect();
        return { inBar: Boolean(element.closest('.safety-bar')), top: rect.top };
      });
      if (focused.inBar) break;
      expect(focused.top).toBeGreaterThanOrEqual(stuck.height);
    }
    // The stuck bar itself passes axe. (The page under it is checked at rest in accessibility.spec.ts:
    // mid-scroll, whichever target happens to pass under the bar counts as "obscured" for axe.)
    const axe = await new AxeBuilder({ page })
      .include('.safety-bar')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  });
}

test('at 400 % zoom (320 × 256) the bar scrolls away with the page instead of covering it', async ({ page }) => {
  await openAt(page, english, 320, 256, 'lawEnforcementResult');
  await page.evaluate(() => window.scrollTo(0, 600));
  const bar = await box(page.locator('.safety-bar'));
  expect(bar.y + bar.height).toBeLessThanOrEqual(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('on a touch screen an answer under the finger does not look chosen; with a mouse it shows hover', async ({ browser }) => {
  const colourAfterHover = async (hasTouch: boolean) => {
    const context = await browser.newContext({ hasTouch, isMobile: hasTouch, viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    await openTool(page);
    const answer = page.getByRole('button', { name: en('answers.no'), exact: true });
    const before = await answer.evaluate((element) => getComputedStyle(element).backgroundColor);
    await answer.hover();
    const after = await answer.evaluate((element) => getComputedStyle(element).backgroundColor);
    await context.close();
    return after === before;
  };
  expect(await colourAfterHover(true)).toBe(true);
  expect(await colourAfterHover(false)).toBe(false);
});
