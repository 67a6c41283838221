// Nothing grows: a kiosk answers thousands of journeys between restarts, and a phone keeps one page
// open for a long visit. 1,000 random kiosk journeys (any button on the screen: answers, Back,
// "This is happening to me", Listen, Print, Learn and its pages; language switches; each journey ends
// with the idle reset through the clock, sometimes after "I'm still here", or with Exit or Start
// over), then 300 random phone steps (the same, plus the browser's Back and Forward). After every
// tenth of the run, the heap after a forced garbage collection, the DOM, the live timers and the
// event listeners are measured: the last (1,000 journeys, 300 steps) may be at most 10 % above the
// first (100 journeys, 30 steps); the heap: or 2 MB. `npm run test:soak`; SOAK_SEED=<n> replays a
// run, SOAK_JOURNEYS=<n> and SOAK_STEPS=<n> change its lengths.
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { app } from '../e2e/app';
import { openTool } from '../e2e/helpers';
import { codes as languages, english, wordsOf } from '../e2e/screens';
import { countTimers, growth, measure, speakAndPrint, type Figures } from './instrument';
import { random } from '../e2e/random';

/** What pressing a button in `lang` is, for the tally: Listen, Print, Back, Start over, or another. */
function pressed(name: string, lang: string): string {
  const w = wordsOf(lang);
  if (name === w('common.listen') || name === w('common.stopListening')) return 'listen';
  if (name === wordsOf(lang, 'outcome')('print.button')) return 'print';
  if (name === w('common.back')) return 'back';
  if (name === w('common.startOver')) return 'start over';
  return 'press';
}

const journeys = Number(process.env.SOAK_JOURNEYS ?? 1000);
const phoneSteps = Number(process.env.SOAK_STEPS ?? 300);
const seed = Number(process.env.SOAK_SEED ?? 20261201);
const idleSeconds = 15;
const countdownSeconds = 20;

/** Picks one of `[weight, value]` by weight. */
function weighted<T>(next: () => number, choices: [number, T][]): T {
  let left = next() * choices.reduce((sum, [weight]) => sum + weight, 0);
  for (const [weight, value] of choices) if ((left -= weight) < 0) return value;
  return choices[choices.length - 1][1];
}

const figures: Record<string, Record<string, Figures>> = {};

/** The end of a run: its figures shown; no error; each kind of action in `required` taken; the last
 *  figures within the bounds of the first (instrument.ts: growth). */
function judge(run: 'kiosk' | 'phone', took: string, errors: string[], done: Record<string, number>, required: string[]) {
  const measured = Object.values(figures[run]);
  console.info(`${run}: ${took}; actions ${JSON.stringify(done)}`);
  console.table(figures[run]);
  expect(errors).toEqual([]);
  for (const what of required) expect(done[what], what).toBeGreaterThan(0);
  expect(growth(measured[0], measured.at(-1)!)).toEqual([]);
}
test.afterAll(() => {
  writeFileSync('tests/soak/latest.json', `${JSON.stringify({ date: new Date().toISOString().slice(0, 10), seed, journeys, phoneSteps, figures }, null, 2)}\n`);
});

async function prepare(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(countTimers);
  await page.addInitScript(speakAndPrint, [...languages]);
  return errors;
}

/** The language on screen. */
const language = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** One random thing a person does on the screen; returns what it was. */
async function act(page: Page, next: () => number, phone: boolean): Promise<string> {
  const lang = await language(page);
  const kind = weighted(next, [
    [12, 'button'],
    [2, 'language'],
    [1, 'learn'],
    [0.5, 'safety'],
    ...(phone ? ([[2, 'browser back'], [1, 'browser forward']] as [number, string][]) : []),
  ]);
  if (kind === 'button') {
    const buttons = page.locator('main').getByRole('button').filter({ visible: true });
    const texts = await buttons.allTextContents();
    if (texts.length === 0) return 'nothing to press';
    const chosen = Math.floor(next() * texts.length);
    await buttons.nth(chosen).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    return pressed(texts[chosen].trim(), lang);
  }
  if (kind === 'language') {
    const code = languages[Math.floor(next() * languages.length)];
    // A tap opens the picker (selectOption alone would touch nothing, and a kiosk counts touches).
    await page.getByRole('combobox').click();
    await page.getByRole('combobox').selectOption(code);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    return `language ${code}`;
  }
  if (kind === 'learn' || kind === 'safety') {
    await page.locator('footer').getByRole('button', { name: wordsOf(lang)(kind === 'learn' ? 'common.learnLink' : 'common.safetyLink') }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    return kind;
  }
  if (kind === 'browser back') {
    // Never back out of the tool: only while it has a step or a page of its own to go back to.
    const inside = await page.evaluate(() => {
      const state = history.state as { wsid?: { depth: number; open: number } } | null;
      return (state?.wsid?.depth ?? 0) + (state?.wsid?.open ?? 0) > 0;
    });
    if (inside) await page.goBack();
    return kind;
  }
  await page.goForward();
  return kind;
}

test('a kiosk after 1,000 random journeys holds no more than after 100', async ({ page }) => {
  test.setTimeout(60 * 60_000);
  const next = random(seed);
  await page.clock.install();
  const errors = await prepare(page);
  await openTool(page, `/?kiosk=1&idle=${idleSeconds}&countdown=${countdownSeconds}&print=1`);
  const dialog = page.getByRole('dialog');
  const done: Record<string, number> = {};
  const log: string[] = [];
  const count = (what: string) => {
    log.push(what);
    done[what.split(' ')[0]] = (done[what.split(' ')[0]] ?? 0) + 1;
  };

  /** The idle reset, through the clock: "Are you still there?", sometimes "I'm still here" first. */
  const walkAway = async () => {
    await page.clock.fastForward(idleSeconds * 1000);
    await expect(dialog).toBeVisible();
    if (next() < 0.25) {
      await dialog.getByRole('button', { name: wordsOf(await language(page), 'kiosk')('kiosk.stillHere') }).click();
      await expect(dialog).toBeHidden();
      count('still here');
      await page.clock.fastForward(idleSeconds * 1000);
      await expect(dialog).toBeVisible();
    }
    await page.clock.fastForward(countdownSeconds * 1000);
    await expect(dialog).toBeHidden();
    count('idle reset');
  };
  const fresh = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(wordsOf(english)('questions.danger.title'));
    await expect(page.locator('html')).toHaveAttribute('lang', english);
    await expect(page.getByRole('button', { name: wordsOf(english)('common.back'), exact: true })).toHaveCount(0);
  };

  const start = Date.now();
  for (let journey = 1; journey <= journeys; journey++) {
    log.push(`journey ${journey}`);
    log.splice(0, log.length - 30);
    test.info().annotations.splice(0, Infinity, { type: 'last steps', description: log.join('; ') });
    const steps = 2 + Math.floor(next() * 9);
    for (let step = 0; step < steps; step++) count(await act(page, next, false));
    const lang = await language(page);
    const end = weighted(next, [
      [6, 'idle'],
      [2, 'exit'],
      [2, 'start over'],
    ]);
    const startOver = page.locator('main').getByRole('button', { name: wordsOf(lang)('common.startOver'), exact: true });
    let walkedAway = false;
    if (end === 'exit') {
      await page.locator('.safety-bar').getByRole('link', { name: wordsOf(lang)('exit.button'), exact: true }).click();
      count('exit');
    } else if (end === 'start over' && (await startOver.isVisible())) {
      await startOver.click();
      count('start over');
    } else {
      await walkAway();
      walkedAway = true;
    }
    await fresh();
    if (journey % Math.ceil(journeys / 10) === 0 || journey === journeys) {
      // Measured alike each time: untouched after an idle reset, the prompt closed.
      if (!walkedAway) await walkAway();
      await fresh();
      (figures.kiosk ??= {})[`after ${journey} journeys`] = await measure(page);
    }
  }
  judge('kiosk', `${journeys} journeys in ${Math.round((Date.now() - start) / 1000)} s`, errors, done, journeys >= 1000 ? [
    'press', 'back', 'listen', 'print', 'language', 'learn', 'safety', 'idle', 'still', 'exit', 'start',
  ] : []);
});

test('a phone after 300 random steps holds no more than after 30', async ({ page }) => {
  test.setTimeout(30 * 60_000);
  const next = random(seed + 1);
  const errors = await prepare(page);
  await openTool(page, '/');
  // Once the page has fetched ahead and rehearsed the outcomes, which every page holds from then on:
  // a short run (SOAK_STEPS) would otherwise take its first figures before, and count them as growth.
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, app.rehearsedMark);
  const done: Record<string, number> = {};

  /** Back to the first question in English, by the page's own buttons, as measured each time. */
  const toStart = async () => {
    if ((await language(page)) !== english) {
      await page.getByRole('combobox').selectOption(english);
      await expect(page.locator('html')).toHaveAttribute('lang', english);
    }
    const w = wordsOf(english);
    for (let tries = 0; tries < 20; tries++) {
      const heading = await page.getByRole('heading', { level: 1 }).textContent();
      const back = page.locator('main').getByRole('button', { name: w('common.back'), exact: true });
      if (heading === w('questions.danger.title') && (await back.count()) === 0) return;
      for (const name of [wordsOf(english, 'learn')('backToQuestions'), wordsOf(english, 'safety')('safety.close'), w('common.startOver'), w('common.back')]) {
        const button = page.locator('main').getByRole('button', { name, exact: true });
        if (await button.isVisible()) {
          await button.click();
          break;
        }
      }
    }
    throw new Error('Could not return to the first question');
  };

  const start = Date.now();
  for (let step = 1; step <= phoneSteps; step++) {
    const what = await act(page, next, true);
    done[what.split(' ')[0]] = (done[what.split(' ')[0]] ?? 0) + 1;
    if (step % Math.ceil(phoneSteps / 10) === 0 || step === phoneSteps) {
      await toStart();
      (figures.phone ??= {})[`after ${step} steps`] = await measure(page);
    }
  }
  judge('phone', `${phoneSteps} steps in ${Math.round((Date.now() - start) / 1000)} s`, errors, done, phoneSteps >= 300 ? [
    'press', 'back', 'listen', 'print', 'language', 'learn', 'safety', 'browser',
  ] : []);
});
