// The words the Listen button reads aloud for a question or an outcome: the screen's own text, with
// every phone number read digit by digit.
import { contacts, type Channel } from '../flow/contacts';
import { emergencyCall } from '../flow/emergency';
import { aboutMeChannels, aboutMeResult, outcomes, type OutcomeId } from '../flow/outcomes';
import { questions, type QuestionId } from '../flow/questions';
import { contactName } from '../i18n/contactWords';

/** A translate function of either namespace: i18next's `t`, cast at the call site. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A number as displayed, read digit by digit, a pause between groups: '303-441-3700' → '3 0 3, 4 4 1, 3 7 0 0'. */
export function spokenDigits(display: string): string {
  // A speech engine would otherwise read 3700 as "three thousand seven hundred".
  return (display.match(/\d+/g) ?? []).map((group) => [...group].join(' ')).join(', ');
}

/** A question's title, its hint if it has one, and its answers. */
export function questionSpeech(t: Translate, question: QuestionId): string {
  const hintKey = `questions.${question}.hint`;
  const hint = t(hintKey, { defaultValue: '' });
  return sentences([
    t(`questions.${question}.title`),
    // With returnEmptyString off (i18n.ts), a missing hint comes back as its key, not as ''.
    hint === hintKey ? '' : hint,
    ...questions[question].map((answer) => t(`questions.${question}.answers.${answer}`)),
  ]);
}

/**
 * What the outcome leads with, as the screen shows it: the title and primary text, every way to
 * reach its primary contacts, then its tip if it has one. `t` is the outcome namespace's;
 * `language` picks the contacts' names.
 */
export function outcomeSpeech(t: Translate, outcome: OutcomeId, language = 'en'): string {
  const values = { emergency: emergencyCall.display };
  const tipKey = `outcomes.${outcome}.tip`;
  const tip = t(tipKey, { ...values, defaultValue: '' });
  return sentences([
    t(`outcomes.${outcome}.title`, values),
    t(`outcomes.${outcome}.primary`, values),
    ...outcomes[outcome].primary.flatMap((id) => {
      const channels: readonly Channel[] = contacts[id].channels;
      return [contactName(id, language), ...channels.map((channel) => channelSpeech(t, channel))];
    }),
    // With returnEmptyString off (i18n.ts), a missing tip comes back as its key, not as ''.
    tip === tipKey ? '' : tip,
  ]);
}

/** aboutMeResult in the order it is shown: 911, the note on what a phone keeps, the hotlines with
 *  text before call, then the reassurance. `t` is the outcome namespace's. */
export function aboutMeSpeech(t: Translate, language = 'en'): string {
  const words = 'outcomes.aboutMeResult';
  const safety = t(`${words}.safety`, { returnObjects: true, exit: t('exit.button', { ns: 'translation' }) });
  return sentences([
    t(`${words}.title`),
    t(`${words}.danger`, { number: spokenDigits(contacts[aboutMeResult.first].channels[0].display) }).replace(/<\/?call>/g, ''),
    t(`${words}.safetyTitle`),
    ...Object.values(safety as unknown as Record<string, string>),
    t(`${words}.hotlinesTitle`),
    ...aboutMeResult.hotlines.flatMap((id) => [
      contactName(id, language),
      ...aboutMeChannels(id).map((channel) => channelSpeech(t, channel)),
    ]),
    t(`${words}.notYourFault`),
    t(`${words}.minor`),
  ]);
}

function channelSpeech(t: Translate, channel: Channel): string {
  // channels.call, not callVanity: the letters of 1-800-THE-LOST cannot be dialled by ear.
  const text = t(`channels.${channel.kind}`, {
    number: spokenDigits(channel.display),
    vanity: channel.vanity,
    address: channel.display,
  });
  return text.replace(/<\/?number>/g, '');
}

/** Joins parts as sentences, adding a full stop only where a part does not already end with one. */
function sentences(parts: readonly string[]): string {
  return parts
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => (/[.!?…:;。！？؟]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
