// What a blind person hears, walking every path of the machine in every language the place offers
// with a screen reader (@guidepup/virtual-screen-reader), moving as its user does: reading on item by
// item, Tab, jumping by link and heading. After each answer the new step's heading is said first
// (focus moved to it), then its counter, once; then its hint. On every outcome the primary number is
// the first link after the heading, in its own words, and 911 is always there to go back to. Nothing
// the page keeps hidden is said, nothing twice, and a new language is announced in that language.
// Exit this page and its Shift shortcut are said where they are.
import { virtual } from '@guidepup/virtual-screen-reader';
import { screen, waitFor } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exitShortcut } from '../src/exit';
import { isOutcome } from '../src/flow/outcomeIds';
import { isQuestion, type QuestionId } from '../src/flow/questions';
import type { StepId } from '../src/flow/wizardMachine';
import { mostQuestions } from '../src/flow/wizardPaths';
import { languages } from '../src/i18n/languages';
import { questionWords } from '../src/i18n/questionWords';
import { loadOutcomeScreen } from '../src/screens/OutcomeStep';
import { controlName, outcomeHeading, paths, wayTo } from './journeys';
import { renderApp } from './render';
import { asBuilt, emergencyLink, heard, primaryLinks, readOn, structural } from './screenReader';

// The app fetches the outcome screen's code while the first question is idle (useFetchAhead): by
// the time anyone answers, it is here.
beforeAll(async () => {
  await loadOutcomeScreen();
});
let undo = () => {};
afterEach(async () => {
  await virtual.stop();
  undo();
});

const codes = languages.map((language) => language.code);
// A journey takes a fraction of a second, the first of a file a few (its code is compiled); on a
// machine busy with other work, several times that.
const patience = { timeout: 30_000 };
const first = paths[0].steps[0].from;

/** The page in `code`, with the screen reader at its top. */
async function listen(code: string) {
  const app = await renderApp(code as Parameters<typeof renderApp>[0]);
  undo = asBuilt();
  await virtual.start({ container: document.body });
  await heard();
  return app;
}

function headingOf(i18n: I18n, step: StepId): string {
  return `heading, ${isQuestion(step) ? i18n.t(questionWords(step).title) : outcomeHeading(i18n, step)}, level 1`;
}

const progress = (i18n: I18n, number: number) => `polite: ${i18n.t('progress.question', { number, total: mostQuestions() })}`;

/** The answers said on a question, each as its button alone: no hint repeated as a description. */
const answerButtons = (i18n: I18n, question: QuestionId) => questionWords(question).answers.map(({ key }) => `button, ${i18n.t(key)}`);

/** From the heading, back link by link to "Call 911" above the step, then to the heading again. */
async function emergencyIsReachable(i18n: I18n, heading: string) {
  const links = [];
  for (let moves = 0; moves < document.links.length; moves++) {
    await virtual.perform(virtual.commands.moveToPreviousLink);
    links.push(await virtual.lastSpokenPhrase());
    if (links.at(-1) === emergencyLink(i18n)) break;
  }
  expect(links.at(-1), 'moving back by link from the heading').toBe(emergencyLink(i18n));
  await virtual.perform(virtual.commands.moveToNextHeading);
  expect(await virtual.lastSpokenPhrase()).toBe(heading);
  await heard();
}

describe.each(codes)('every path, heard in %s', patience, (code) => {
  it.each(paths.map((path) => [path.steps.map(({ event }) => (event.type === 'answer' ? event.answer : event.type)).join(' → '), path] as const))(
    '%s',
    async (_name, path) => {
      const { i18n } = await listen(code);
      // Reading from the top of the page: its first heading is the first question.
      const opening = await readOn((phrase) => phrase.startsWith('heading,'));
      expect(opening.at(-1)).toBe(headingOf(i18n, first));
      for (const [index, step] of path.steps.entries()) {
        const question = step.from as QuestionId;
        await emergencyIsReachable(i18n, headingOf(i18n, question));
        // Read on to the control, past the hint and the answers before it.
        const control = `button, ${controlName(i18n, step)}`;
        const read = await readOn((phrase) => phrase === control);
        expect(read.at(-1), `${question}: reading on reaches ${control}`).toBe(control);
        const buttons = [...answerButtons(i18n, question), `button, ${i18n.t('common.aboutMe')}`];
        for (const button of read.filter((phrase) => phrase.startsWith('button, '))) expect(buttons).toContain(button);

        await virtual.act();
        // Pressing it gives it focus, which the virtual screen reader says again although its cursor
        // is already there; a screen reader says nothing new for that.
        const said = (await heard()).filter((phrase, at) => !(at === 0 && phrase === control));
        expect(said[0], 'focus moves to the new heading').toBe(headingOf(i18n, step.to));
        if (isOutcome(step.to)) {
          expect(said).toEqual([headingOf(i18n, step.to), `polite: ${i18n.t('a11y.outcome')}`]);
        } else {
          expect(said).toEqual([headingOf(i18n, step.to), progress(i18n, index + 2)]);
          const hint = questionWords(step.to).hint;
          const next = await readOn((phrase) => !structural.test(phrase));
          expect(next.at(-1), 'after the heading').toBe(hint ? i18n.t(hint) : answerButtons(i18n, step.to)[0]);
        }
      }
      await outcomeIsHeard(i18n, path.end);
    },
  );
});

/** From the focused heading of an outcome: its primary number first, and 911 within reach. */
async function outcomeIsHeard(i18n: I18n, outcome: Parameters<typeof outcomeHeading>[1]) {
  const heading = headingOf(i18n, outcome);
  const primary = primaryLinks(i18n, outcome);
  expect(primary.length, outcome).toBeGreaterThan(0);
  // Reading on, the first link is the primary number, said with its words, before the action's region ends.
  const read = await readOn((phrase) => phrase.startsWith('link, '));
  expect(read.at(-1)).toBe(primary[0]);
  expect(read.filter((phrase) => phrase.startsWith('button, '))).toEqual([]);
  const rest = await readOn((phrase) => phrase.startsWith('end of region'));
  expect([primary[0], ...rest.filter((phrase) => phrase.startsWith('link, '))]).toEqual(primary);
  // With Tab from the heading, the same links in the same order, the first of them at once.
  screen.getByRole('heading', { level: 1 }).focus();
  await heard();
  for (const link of primary) {
    await virtual.press('Tab');
    expect(await virtual.lastSpokenPhrase()).toBe(link);
  }
  screen.getByRole('heading', { level: 1 }).focus();
  await heard();
  await emergencyIsReachable(i18n, heading);
}

describe.each(codes)('moving back, heard in %s', patience, (code) => {
  // The longest way, so Back returns to a question answered after others.
  const longest = paths.reduce((long, path) => (path.steps.length > long.steps.length ? path : long));

  it('Back says the question left, once, with the answer given there; Start over says the first', async () => {
    const { i18n } = await listen(code);
    for (const step of longest.steps) {
      await readOn((phrase) => phrase === `button, ${controlName(i18n, step)}`);
      await virtual.act();
    }
    const last = longest.steps.at(-1)!;
    const back = `button, ${i18n.t('common.back')}`;
    await readOn((phrase) => phrase === back);
    await virtual.act();
    expect((await heard()).filter((phrase, at) => !(at === 0 && phrase === back))).toEqual([
      headingOf(i18n, last.from),
      progress(i18n, longest.steps.length),
    ]);
    // The answer given before is said as such, after its own words.
    const earlier = `button, ${controlName(i18n, last)}, ${i18n.t('common.earlierAnswer')}`;
    expect((await readOn((phrase) => phrase === earlier)).at(-1)).toBe(earlier);

    const startOver = `button, ${i18n.t('common.startOver')}`;
    await readOn((phrase) => phrase === startOver);
    await virtual.act();
    expect((await heard()).filter((phrase, at) => !(at === 0 && phrase === startOver))).toEqual([headingOf(i18n, first), progress(i18n, 1)]);
  });
});

describe('a language chosen, heard in that language', patience, () => {
  const [home, ...others] = languages;

  if (others.length === 0) {
    it('is not offered where the place offers one language', async () => {
      await listen(home.code);
      const said = await readOn();
      expect(said.filter((phrase) => phrase.startsWith('combobox, '))).toEqual([]);
    });
  }

  it.each(others.map((language) => [language.name, language] as const))('%s, on a question and on an outcome', async (_name, language) => {
    const { user, i18n } = await listen(home.code);
    const picker = screen.getByRole('combobox');
    const choose = async (code: string) => {
      await user.selectOptions(picker, code);
      // Once its words have arrived and the page is in it.
      await waitFor(() => expect(document.documentElement.lang).toBe(code));
      // What the person does at the list itself is said as they do it; what the page says follows.
      return (await heard()).filter((phrase) => !/^(combobox|option), /.test(phrase));
    };
    const loading = (name: string) => `polite: ${i18n.t('common.languageLoading', { language: name })}`;

    // Said while it loads, in the language the person was reading; then the step, in the new one.
    const whileLoading = loading(language.name);
    const fromHome = await choose(language.code);
    expect(fromHome.filter((phrase) => phrase !== whileLoading)).toEqual([progress(i18n, 1)]);
    expect(i18n.language).toBe(language.code);

    // On an outcome, the new language's "Here is what to do"; and back to the first language.
    for (const step of wayTo(paths[0].end)) {
      await readOn((phrase) => phrase === `button, ${controlName(i18n, step)}`);
      await virtual.act();
    }
    await heard();
    const whileLoadingHome = loading(home.name);
    const toHome = await choose(home.code);
    expect(toHome.filter((phrase) => phrase !== whileLoadingHome)).toEqual([`polite: ${i18n.t('a11y.outcome')}`]);
    expect(i18n.language).toBe(home.code);
  });
});

describe.each(codes)('Exit this page, heard in %s', patience, (code) => {
  it('is the first thing said, and again just after the 911 line', async () => {
    const { i18n } = await listen(code);
    const top = await readOn((phrase) => phrase.startsWith('link, '));
    expect(top.at(-1)).toBe(`link, ${i18n.t('exit.skipLink')}`);
    await readOn((phrase) => phrase === emergencyLink(i18n));
    await virtual.perform(virtual.commands.moveToNextLink);
    expect(await virtual.lastSpokenPhrase()).toBe(`link, ${i18n.t('exit.button')}`);
  });

  it('each Shift press says, once, how many more leave', async () => {
    const { i18n, user } = await listen(code);
    for (let pressed = 1; pressed < exitShortcut.presses; pressed++) {
      await user.keyboard('{Shift}');
      expect(await heard()).toEqual([`polite: ${i18n.t('exit.pressesLeft', { count: exitShortcut.presses - pressed })}`]);
    }
  });
});
