// The words a review pack needs in one language: the app's i18next with every locale file loaded
// from disk, the answers' and outcomes' own words for the flow, and the short messages that have no
// screen of their own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { i18n as I18n } from 'i18next';
import { wordsIn } from '../docs/words';
import type { OutcomeId } from '../flow/outcomeIds';
import { outcomeView } from '../flow/outcomeView';
import type { QuestionId } from '../flow/questions';
import type { WizardEvent } from '../flow/wizardMachine';
import { sayWith } from '../i18n/outcomeWords';
import { questionWords } from '../i18n/questionWords';
import { supportedLanguages } from '../i18n/supportedLanguages';
import type { Line } from './lines';

/** What the pack calls the screens that are not a question, an outcome or a learn page. */
const otherTitles: Record<string, string> = {
  safety: 'Browsing safely',
  translationNotice: 'The notice on a translation not yet reviewed (every screen)',
  kiosk: 'Kiosk mode: the sign, "Are you still there?", and the hint under numbers',
  crash: 'If something goes wrong (the crash screen)',
  appFailed: 'When the rest of the tool cannot load',
  scriptsBlocked: 'When no script of the tool can run (a filter blocks them): the note above every contact',
  noScript: 'Without JavaScript',
  notFound: 'An address the tool does not have (404)',
};

export async function packWords(language: string, root: string) {
  const i18n: I18n = await wordsIn(language, (code, namespace) =>
    JSON.parse(readFileSync(join(root, 'locales', code, `${namespace}.json`), 'utf8')),
  );
  const say = sayWith(i18n.getFixedT(language, 'outcome'), i18n.getFixedT(language), language);
  const t = i18n.getFixedT(language);
  const text = (words: string): Line => ({ kind: 'text', text: words, links: [] });
  const name = supportedLanguages.find((supported) => supported.code === language)?.name ?? language;
  return {
    i18n,
    question: (question: QuestionId) => t(questionWords(question).title),
    control: (event: WizardEvent) => (event.type === 'answer' ? t(`answers.${event.answer}`) : t('common.aboutMe')),
    outcomeTitle: (outcome: OutcomeId) => {
      const heading = outcomeView(outcome, language).sections[0];
      return heading.kind === 'heading' ? say(heading.text) : outcome;
    },
    otherTitle: (id: string) => otherTitles[id] ?? id,
    shownInEnglish: 'The tool shows this in English in every language: it is built into the page, to work when nothing else can.',
    /** The messages with no screen of their own, each with the values it is shown with. */
    messages: (): Line[] => [
      text(t('common.loading')),
      text(t('common.languageLoading', { language: name })),
      text(t('common.languageLoadFailed', { language: name })),
      text(t('common.earlierAnswer')),
      text(t('exit.pressesLeft', { count: 2 })),
      text(t('exit.pressesLeft', { count: 1 })),
      text(t('exit.exiting')),
      text(t('a11y.outcome')),
      // Listen, where the browser has a voice for the language, on every question and outcome.
      text(t('common.listen')),
      text(t('common.stopListening')),
      // A kiosk's QR code, as a screen reader names it.
      text(i18n.getFixedT(language, 'kiosk')('kiosk.qr', { target: 'tel:911' })),
    ],
  };
}

export type PackWords = Awaited<ReturnType<typeof packWords>>;
