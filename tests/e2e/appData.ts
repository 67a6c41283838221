// What the browser tests expect, read from the app's own modules as the build of the selected place
// (PLACE) has them: its contacts, outcomes, languages and words. Imported only through Vite (app.ts),
// which understands the `@place` alias and the JSON the modules import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n as I18n } from 'i18next';
import { securityHeaders } from '../../src/build/securityHeaders';
import { exitUrl } from '../../src/exit';
import { wordsIn } from '../../src/docs/words';
import { callChannel, contactIds, contacts, localLines } from '../../src/flow/contacts';
import { emergencyCall } from '../../src/flow/emergency';
import { outcomeIds, type OutcomeId } from '../../src/flow/outcomeIds';
import { outcomeView, type Text } from '../../src/flow/outcomeView';
import { isQuestion, questions } from '../../src/flow/questions';
import { wizardMachine, type WizardEvent } from '../../src/flow/wizardMachine';
import { mostQuestions, shortestWays, wizardPaths, type Step } from '../../src/flow/wizardPaths';
import { fallbackLanguage, languages } from '../../src/i18n/languages';
import { sayWith } from '../../src/i18n/outcomeWords';
import { jurisdiction } from '../../src/jurisdiction/current';
import { place } from '../../src/jurisdiction/currentPlace';
import { learnPageIds } from '../../src/screens/LearnScreen';
import { rehearsedMark } from '../../src/screens/rehearseOutcomes';

export { getInitialSnapshot, getNextSnapshot } from 'xstate';
export {
  callChannel,
  contactIds,
  contacts,
  emergencyCall,
  exitUrl,
  fallbackLanguage,
  isQuestion,
  jurisdiction,
  languages,
  learnPageIds,
  localLines,
  mostQuestions,
  outcomeIds,
  outcomeView,
  place,
  questions,
  rehearsedMark,
  securityHeaders,
  wizardMachine,
};
export type { OutcomeId, Step, Text, WizardEvent };

declare const __REVIEWED_LANGUAGES__: readonly string[];

/** The languages whose every string is reviewed, as the build knows them (no translation notice). */
export const reviewedLanguages: readonly string[] = __REVIEWED_LANGUAGES__;

/** For each step (question or outcome), the shortest way to it, from the machine's one walk. */
export const ways = shortestWays(wizardPaths());

const localesDir = join(import.meta.dirname, '..', '..', 'locales');

/** Each language the place offers, with every namespace of its words loaded, as the app has them. */
export const words: Readonly<Record<string, I18n>> = Object.fromEntries(
  await Promise.all(
    languages.map(async ({ code }) => [
      code,
      await wordsIn(code, (language, namespace) => JSON.parse(readFileSync(join(localesDir, language, `${namespace}.json`), 'utf8'))),
    ]),
  ),
);

/** An outcome's sentence in `language`, as the screen fills it in. */
export function say(language: string, text: Text): string {
  const i18n = words[language];
  return sayWith(i18n.getFixedT(language, 'outcome'), i18n.getFixedT(language), language)(text);
}

/** An outcome's heading in `language`, as shown. */
export function outcomeHeading(id: OutcomeId, language: string = fallbackLanguage): string {
  const heading = outcomeView(id, language).sections[0];
  if (heading.kind !== 'heading') throw new Error(`${id} does not lead with its heading`);
  return say(language, heading.text);
}
