// What a screen reader says on the shortest way to each outcome, in one language, as plain text for
// the review pack (docs/<place>/screen-reader/<language>.md; src/review/pack.ts includes it). Heard
// with the virtual screen reader on the page as built (tests/screenReader.ts), moving as its user
// does: after each answer, what it says at once; then, item by item, the rest of the step.
import { virtual } from '@guidepup/virtual-screen-reader';
import { cleanup } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import { outcomeIds } from '../src/flow/outcomeIds';
import { isQuestion } from '../src/flow/questions';
import type { StepId } from '../src/flow/wizardMachine';
import { languageOf } from '../src/i18n/languages';
import { questionWords } from '../src/i18n/questionWords';
import { controlName, outcomeHeading, wayTo } from './journeys';
import { renderApp } from './render';
import { asBuilt, heard, hiddenWords, readOn, settled } from './screenReader';

/** One step as heard: what the screen reader said at once, and then reading on. */
export interface HeardStep {
  /** The answer and the question it answered, in the page's words; none for the first page. */
  after?: { answer: string; question: string };
  atOnce: string[];
  readingOn: string[];
  /** What the page hid meanwhile (tests/screenReader.ts: hiddenWords). */
  hidden: string[];
}

/** Every outcome's shortest way, as heard in `code`: the first page read from the top, then each
 *  outcome's steps, with Start over (at the end of each) between one outcome and the next. */
export async function hearShortestWays(code: string): Promise<{ firstPage: HeardStep; outcomes: { heading: string; steps: HeardStep[] }[] }> {
  const { i18n } = await renderApp(code as Parameters<typeof renderApp>[0]);
  const undo = asBuilt();
  await settled();
  await virtual.start({ container: document.body });
  await heard();
  const firstPage = { atOnce: [], readingOn: await readOn(), hidden: hiddenWords() };
  const outcomes = [];
  const startOver = `button, ${i18n.t('common.startOver')}`;
  for (const [index, outcome] of outcomeIds.entries()) {
    if (index > 0) {
      // Back to the outcome's heading, then on to Start over, below it.
      await virtual.perform(virtual.commands.moveToPreviousHeading);
      await readOn((phrase) => phrase === startOver);
      await virtual.act();
    }
    const steps: HeardStep[] = [];
    for (const step of wayTo(outcome)) {
      const control = `button, ${controlName(i18n, step)}`;
      // Back to the step's heading (the only one above its answers), then on to the answer.
      await virtual.perform(virtual.commands.moveToPreviousHeading);
      await readOn((phrase) => phrase === control);
      await virtual.act();
      // Pressing it gives it focus, which the virtual screen reader says again although its cursor
      // is already there; a screen reader says nothing new for that.
      const atOnce = (await heard()).filter((phrase, at) => !(at === 0 && phrase === control));
      const readingOn = await readOn((phrase) => phrase === 'end of main');
      const after = { answer: controlName(i18n, step), question: titleOf(i18n, step.from) };
      steps.push({ after, atOnce, readingOn, hidden: hiddenWords() });
    }
    outcomes.push({ heading: outcomeHeading(i18n, outcome), steps });
  }
  await virtual.stop();
  undo();
  cleanup();
  return { firstPage, outcomes };
}

function titleOf(i18n: I18n, step: StepId): string {
  return isQuestion(step) ? i18n.t(questionWords(step).title) : outcomeHeading(i18n, step);
}

/**
 * What a person reviewing the words needs of what was said: each thing said, on a line of its own,
 * less what only repeats or marks structure: where a list or region ends, an item's place in a
 * list, the words inside a link or button after its name, the options of the closed language list,
 * and an empty live region passed over.
 */
export function readable(phrases: readonly string[]): string[] {
  const lines: string[] = [];
  let named: string | undefined;
  for (const phrase of phrases) {
    // A link or button whose words are in parts (a number kept left to right, English in another
    // language) is entered, part by part, after its name is said whole.
    if (named !== undefined && named.includes(phrase)) continue;
    named = /^(link|button), /.test(phrase) ? phrase : undefined;
    if (/^end of |^listitem, |^option, |^status$/.test(phrase)) continue;
    lines.push(phrase);
  }
  return lines;
}

/** Lines of at most 100 characters, a `command` never broken. */
function wrap(text: string): string[] {
  return text.match(/(?:`[^`]*`|\S)+/g)!.reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && last.length + word.length < 100) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
}

const list = (phrases: readonly string[]) => readable(phrases).map((phrase) => `- ${phrase}`);

/** The transcript of one language, as committed. */
export function transcriptText(code: string, heardWays: Awaited<ReturnType<typeof hearShortestWays>>): string {
  const language = languageOf(code);
  const readBefore = new Set<string>();
  const sections = heardWays.outcomes.flatMap(({ heading, steps }) => [
    `### ${heading}`,
    '',
    ...steps.flatMap(({ after, atOnce, readingOn }) => {
      const read = readingOn.join('\n');
      const again = readBefore.has(read);
      readBefore.add(read);
      return [
        `After “${after!.answer}” to “${after!.question}”, said at once:`,
        '',
        ...list(atOnce),
        '',
        ...(again ? ['Reading on: as above.'] : ['Reading on:', '', ...list(readingOn)]),
        '',
      ];
    }),
  ]);
  return [
    ...wrap(
      `What a screen reader says in ${language.name} (${code}) on the shortest way to each outcome, heard by a ` +
        'virtual screen reader on the page as built, moving as its user does: after each answer, what it says ' +
        'at once (focus has moved to the new heading; "polite:" marks what the page announces by itself), then, ' +
        'item by item, the rest of the step. Its own words ("heading", "link", "level 1") are in English ' +
        "whatever the language of the page. Left out: where a list or region ends, an item's place in a list, " +
        'the words inside a link or button after its name, the options of the closed language list. Made by ' +
        '`npm run docs`; `npm test` fails when it is stale.',
    ),
    '',
    '### The first page, read from the top',
    '',
    ...list(heardWays.firstPage.readingOn),
    '',
    ...sections,
  ].join('\n');
}
