// What an outcome shows, for one language, as data: every section in screen order, with the
// contacts and the ways to reach them it offers. The one description of an outcome: the screen
// renders it (OutcomeScreen), Listen reads it, the documents and the review pack list it, and the
// "last reviewed" date is counted from it, so none of them can show what another does not.
// Sentences are keys of locales/<lng>/outcome.json with the values that fill them; no words here.
import type enOutcome from '../../locales/en/outcome.json';
import type en from '../../locales/en/translation.json';
import { callChannel, contacts, hasContact, localLines, type Channel, type ContactId } from './contacts';
import { emergencyCall } from './emergency';
import type { OutcomeId } from './outcomeIds';
import { fallbackLanguage } from '../i18n/languages';
import {
  changesWithoutLocalLines,
  hasTip,
  isReporterOutcome,
  listsLocalLines,
  outcomes,
  tipChangesWithoutLocalLines,
  type ContactSlot,
} from './outcomes';

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** A sentence of the outcome words (locales/en/outcome.json). */
export type OutcomeKey = Paths<typeof enOutcome>;
/** A sentence of the shell's words (locales/en/translation.json). */
export type ShellKey = Paths<typeof en>;

/** A sentence to show: its key, and what fills its {{placeholders}}: a number, a word of the shell
 *  by its key (the Exit button's own name), or a contact's name in the reader's language. */
export interface Text {
  key: OutcomeKey;
  values: Readonly<Record<string, string | { shell: ShellKey } | { name: ContactId }>>;
}

/** A contact as an outcome lists it: the ways to reach it, in the order shown. */
export interface ShownContact {
  id: ContactId;
  channels: readonly Channel[];
}

/** One part of an outcome, in screen order. `lead` marks what the outcome leads with, which Listen reads. */
export type Section = { lead: boolean } & (
  | { kind: 'heading'; text: Text }
  /** The one primary action: its sentence (with a number in it, when `call` is given), its contacts, a tip. */
  | { kind: 'action'; text: Text; call?: Channel; contacts: readonly ShownContact[]; tip?: Text }
  /** Short notes under a heading: what a phone keeps, for the person it is happening to. */
  | { kind: 'notes'; title: Text; items: readonly Text[] }
  | { kind: 'contacts'; list: 'localLines' | 'secondary' | 'hotlines'; title: Text; contacts: readonly ShownContact[] }
  /** A sentence with one number in it: the interpreters line, the prosecutor's line. */
  | { kind: 'call'; line: 'interpreters' | 'prosecutor'; text: Text; contact: ContactId; channel: Channel }
  | { kind: 'checklist'; list: 'haveReady' | 'doNow' | 'avoid'; title: Text; items: readonly Text[] }
  | { kind: 'text'; tone: 'tip' | 'plain'; text: Text }
  /** "Phone numbers last reviewed <month>": the oldest review among the contacts shown; absent when
   *  every one of them is still unverified. */
  | { kind: 'reviewed'; date?: string }
);

export interface OutcomeView {
  id: OutcomeId;
  sections: readonly Section[];
}

/** The contacts of a list of slots that the place has, local lines spelled out. */
function fill(slots: readonly ContactSlot[]): ContactId[] {
  return slots.flatMap((slot) => (slot === 'localLines' ? localLines : hasContact(slot) ? [slot] : []));
}

const shown = (ids: readonly ContactId[]): ShownContact[] => ids.map((id) => ({ id, channels: contacts[id].channels }));

/** The oldest review date (ISO) among the contacts an outcome shows, unverified ones aside. */
function oldestReview(sections: readonly Section[]): string | undefined {
  const ids = sections.flatMap((section) =>
    section.kind === 'action' || section.kind === 'contacts' ? section.contacts.map(({ id }) => id) : section.kind === 'call' ? [section.contact] : [],
  );
  return ids
    .map((id) => contacts[id].reviewed)
    .filter((date): date is string => date !== undefined && date !== '')
    .reduce<string | undefined>((oldest, date) => (oldest === undefined || date < oldest ? date : oldest), undefined);
}

/** Every section of an outcome, in screen order, as shown in `language` (which decides only whether
 *  the interpreters line is offered: the words are the reader's to fill in). */
export function outcomeView(id: OutcomeId, language: string): OutcomeView {
  const text = (key: OutcomeKey, values: Text['values'] = {}): Text => ({
    key,
    values: { emergency: emergencyCall.display, prosecutor: { name: 'prosecutor' }, ...values },
  });
  const prosecutorLine = (): Section => {
    const channel = callChannel('prosecutor');
    return { kind: 'call', lead: false, line: 'prosecutor', text: text('daLine', { number: channel.display }), contact: 'prosecutor', channel };
  };
  const sections: Section[] = [];

  if (!isReporterOutcome(id)) {
    const outcome = outcomes.aboutMeResult;
    // Its own order (docs/README.md): 911 first, what a phone keeps before any number, the hotlines
    // by text before call, that it is not their fault, the sentence for minors, the prosecutor's line.
    const call = callChannel(outcome.first);
    sections.push(
      { kind: 'heading', lead: true, text: text('outcomes.aboutMeResult.title') },
      { kind: 'action', lead: true, text: text('outcomes.aboutMeResult.danger', { number: call.display }), call, contacts: [] },
      {
        kind: 'notes',
        lead: true,
        title: text('outcomes.aboutMeResult.safetyTitle'),
        items: outcome.safety.map((item) => text(`outcomes.aboutMeResult.safety.${item}`, { exit: { shell: 'exit.button' } })),
      },
    );
    const hotlines = fill(outcome.hotlines).map((hotline) => ({
      id: hotline,
      channels: outcome.channelOrder.flatMap((kind) => contacts[hotline].channels.filter((channel) => channel.kind === kind)),
    }));
    if (hotlines.length > 0) {
      sections.push({ kind: 'contacts', lead: true, list: 'hotlines', title: text('outcomes.aboutMeResult.hotlinesTitle'), contacts: hotlines });
    }
    sections.push(
      { kind: 'text', lead: true, tone: 'tip', text: text('outcomes.aboutMeResult.notYourFault') },
      { kind: 'text', lead: true, tone: 'plain', text: text('outcomes.aboutMeResult.minor') },
      prosecutorLine(),
    );
  } else {
    const outcome = outcomes[id];
    // A place without local lines: the outcomes that send people to them say whom to call instead.
    const instead = localLines.length === 0 && changesWithoutLocalLines(id) ? outcomes[id].withoutLocalLines : undefined;
    const primary = fill(instead?.primary ?? outcome.primary);
    const tip =
      instead && tipChangesWithoutLocalLines(id)
        ? text(`outcomes.${id}.tipWithoutLocalLines`)
        : hasTip(id)
          ? text(`outcomes.${id}.tip`)
          : undefined;
    sections.push(
      { kind: 'heading', lead: true, text: text(`outcomes.${id}.title`) },
      {
        kind: 'action',
        lead: true,
        text: instead && changesWithoutLocalLines(id) ? text(`outcomes.${id}.primaryWithoutLocalLines`) : text(`outcomes.${id}.primary`),
        contacts: shown(primary),
        tip,
      },
    );
    if (listsLocalLines(id) && localLines.length > 0) {
      sections.push({ kind: 'contacts', lead: false, list: 'localLines', title: text(`outcomes.${id}.localLinesTitle`), contacts: shown(localLines) });
    }
    const secondary = fill(outcome.secondary);
    if (secondary.length > 0) {
      sections.push({ kind: 'contacts', lead: false, list: 'secondary', title: text(`outcomes.${id}.secondaryTitle`), contacts: shown(secondary) });
    }
    if (language !== fallbackLanguage) {
      // Someone reading another language may need an interpreter on the phone: the national hotline has them.
      const channel = callChannel('traffickingHotline');
      sections.push({
        kind: 'call',
        lead: false,
        line: 'interpreters',
        text: text('outcomes.interpreters', { number: channel.display }),
        contact: 'traffickingHotline',
        channel,
      });
    }
    const checklist = (list: 'haveReady' | 'doNow' | 'avoid', items: Text[]) => {
      if (items.length > 0) sections.push({ kind: 'checklist', lead: false, list, title: text(`${list}.title`), items });
    };
    checklist('haveReady', outcome.haveReady.map((item) => text(`haveReady.${item}`)));
    checklist('doNow', outcome.doNow.map((item) => text(`doNow.items.${item}`)));
    checklist('avoid', outcome.avoid.map((item) => text(`avoid.items.${item}`)));
    // The prosecutor's line closes every outcome (docs/README.md), unless the outcome already lists
    // the office: the same office twice only makes the page longer.
    if (![...primary, ...secondary].includes('prosecutor')) sections.push(prosecutorLine());
  }
  sections.push({ kind: 'reviewed', lead: false, date: oldestReview(sections) });
  return { id, sections };
}
