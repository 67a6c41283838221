// The words the Listen button reads aloud for a question or an outcome: the screen's own text, with
// every phone number read digit by digit. An outcome is read from its view (src/flow/outcomeView.ts),
// the sections it leads with, in the order the screen shows them.
import type { TFunction } from 'i18next';
import type { Channel } from '../flow/contacts';
import type { OutcomeView, Text } from '../flow/outcomeView';
import { questionWords } from '../i18n/questionWords';
import type { QuestionId } from '../flow/questions';
import { contactName } from '../i18n/contactWords';
import { sayWith } from '../i18n/outcomeWords';

/** A number as displayed, read digit by digit, a pause between groups: '303-441-3700' → '3 0 3, 4 4 1, 3 7 0 0'. */
export function spokenDigits(display: string): string {
  // A speech engine would otherwise read 3700 as "three thousand seven hundred".
  return (display.match(/\d+/g) ?? []).map((group) => [...group].join(' ')).join(', ');
}

/** A question's title, its hint if it has one, and its answers. */
export function questionSpeech(t: TFunction<'translation', undefined>, question: QuestionId): string {
  const { title, hint, answers } = questionWords(question);
  return sentences([t(title), hint ? t(hint) : '', ...answers.map(({ key }) => t(key))]);
}

/**
 * What the outcome leads with, as the screen shows it: its title, the action and every way to reach
 * the action's contacts, the tip; for the person it is happening to, the whole page but the closing
 * lines. `t` is the outcome words', `shell` the shell's; `language` picks the contacts' names.
 */
export function outcomeSpeech(t: TFunction<'outcome', undefined>, shell: TFunction<'translation', undefined>, view: OutcomeView, language: string): string {
  const say = sayWith(t, shell, language);
  // A number inside a sentence is read digit by digit, without its markup.
  const spoken = (text: Text) =>
    say({ ...text, values: { ...text.values, ...(typeof text.values.number === 'string' ? { number: spokenDigits(text.values.number) } : {}) } }).replace(
      /<\/?call>/g,
      '',
    );
  const channel = ({ kind, display, vanity }: Channel) =>
    // channels.call, not callVanity: the letters of 1-800-THE-LOST cannot be dialled by ear.
    t(`channels.${kind}`, { number: spokenDigits(display), vanity, address: display }).replace(/<\/?number>/g, '');
  return sentences(
    view.sections
      .filter((section) => section.lead)
      .flatMap((section) => {
        switch (section.kind) {
          case 'heading':
          case 'text':
            return [spoken(section.text)];
          case 'action':
            return [
              spoken(section.text),
              ...section.contacts.flatMap(({ id, channels }) => [contactName(id, language), ...channels.map(channel)]),
              section.tip ? spoken(section.tip) : '',
            ];
          case 'notes':
            return [spoken(section.title), ...section.items.map(spoken)];
          case 'contacts':
            return [spoken(section.title), ...section.contacts.flatMap(({ id, channels }) => [contactName(id, language), ...channels.map(channel)])];
          default:
            return [];
        }
      }),
  );
}

/** Joins parts as sentences, adding a full stop only where a part does not already end with one. */
function sentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?…:;。！？؟]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
