// What a blind person hears, walking every path of the machine in every language the place offers
// with a screen reader (@guidepup/virtual-screen-reader), moving as its user does: reading on item by
// item, Tab, jumping by link and heading. After each answer the new step's heading is said first
// (focus moved to it), then its counter, once; then its hint. On every outcome the primary number is
// the first link after the heading, in its own words, and 911 is always there to go back to. Nothing
// the page keeps hidden is said, nothing twice, and a new language is announced in that language.
// Exit this page and its Shift shortcut are said where they are.
import { virtual } from '@guidepup/virtual-screen-reader';
import { screen } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { exitShortcut } from '../src/config';
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

let undo: () => void;
beforeAll(async () => {
  // The app fetches the outcome screen's code while the first question is idle (useFetchAhead):
  // by the time anyone answers, it is here.
  await loadOutcomeScreen();
  undo = asBuilt();
});
afterAll(() => undo());
afterEach(() => virtual.stop());

const codes = languages.map((language) => language.code);
const first = paths[0].steps[0].from;

/** The page in `code`, with the screen reader at its top. */
async function listen(code: string) {
  const app = await renderApp(code as Parameters<typeof renderApp>[0]);
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

describe.each(codes)('every path, heard in %s', (code) => {
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
