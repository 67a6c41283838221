// WCAG 2.2 AA in the real browser, on every screen, in English, a translation written left to right
// and every right-to-left language the place offers.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { app } from './app';
import { answer, openTool } from './helpers';
import { answerLabel, callEmergency, dirOf, en, english, labelsTo, layoutLanguages, open, outcomeTitle, screens, type OutcomeId } from './screens';

const allScreens = [...Object.keys(screens), 'safety'];

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

for (const lang of layoutLanguages) {
  test.describe(`${lang}`, () => {
    for (const screen of allScreens) {
      test(`${screen}: axe finds nothing; one h1, landmarks, lang and dir`, async ({ page }) => {
        await open(page, lang, screen);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByRole('banner')).toHaveCount(1);
        await expect(page.getByRole('main')).toHaveCount(1);
        await expect(page.getByRole('contentinfo')).toHaveCount(1);
        await expect(page.locator('html')).toHaveAttribute('dir', dirOf(lang));
        await expect(page.getByRole('link', { name: callEmergency(lang) }).first()).toBeVisible();
      });

      test(`${screen}: no horizontal scrolling at 320 px and at 200 % zoom, targets at least 44 px`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await open(page, lang, screen);
        await noHorizontalScroll(page);
        const small = await page.evaluate(() =>
          [...document.querySelectorAll('a, button, select')]
            .filter((element) => element.getClientRects().length > 0 && !element.classList.contains('skip-link'))
            .map((element) => ({ text: element.textContent?.trim(), box: element.getBoundingClientRect() }))
            .filter(({ box }) => box.height < 44 || box.width < 44)
            .map(({ text, box }) => `${text} ${Math.round(box.width)}x${Math.round(box.height)}`),
        );
        expect(small).toEqual([]);
        // 200 % zoom of a 1280 px wide window lays the page out 640 CSS px wide.
        await page.setViewportSize({ width: 640, height: 400 });
        await noHorizontalScroll(page);
      });
    }
  });
}

test('a keyboard-only journey reaches every outcome, with visible focus and focus on each new heading', async ({ page }) => {
  for (const [screen, steps] of Object.entries(screens)) {
    if (!(app.outcomeIds as readonly string[]).includes(screen)) continue;
    await openTool(page, '/');
    for (const step of steps) {
      const label = answerLabel(english, step);
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        const focused = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement;
          if (element === document.body) return { text: '', visible: true }; // nothing focused yet
          const style = getComputedStyle(element);
          return { text: element.textContent ?? '', visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
        });
        expect(focused.visible, `focus is visible on "${focused.text}"`).toBe(true);
        if (focused.text.startsWith(label)) break;
      }
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    }
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      outcomeTitle(screen as OutcomeId),
    );
  }
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, english, 'cyberTiplineResult');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
});

test('in forced-colors mode every control keeps a border and focus stays visible', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await open(page, english, 'minor');
  const borderless = await page.evaluate(() =>
    [...document.querySelectorAll('main button, .exit-button')]
      .filter((element) => parseFloat(getComputedStyle(element).borderTopWidth) < 1)
      .map((element) => element.textContent),
  );
  expect(borderless).toEqual([]);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: en('answers.yes'), exact: true })).toBeFocused();
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
});

test('each step change is announced once by the live region', async ({ page }) => {
  await openTool(page, '/');
  await page.evaluate(() => {
    const w = window as unknown as { announcements: string[] };
    w.announcements = [];
    const region = document.querySelector('main [role="status"]')!;
    new MutationObserver(() => w.announcements.push(region.textContent ?? '')).observe(region, {
      childList: true,
      characterData: true,
      subtree: true,
    });
  });
  const labels = labelsTo('cyberTiplineResult');
  await answer(page, ...labels);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(outcomeTitle('cyberTiplineResult'));
  const announcements = await page.evaluate(() => (window as unknown as { announcements: string[] }).announcements);
  // Each question after the first says which it is, the outcome says it is the answer.
  const progress = labels.slice(1).map((_, index) => en('progress.question', { number: index + 2, total: app.mostQuestions() }));
  expect(announcements.filter(Boolean)).toEqual([...progress, en('a11y.outcome')]);
});
