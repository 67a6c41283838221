// The outcome table, as the content record says (docs/README.md): for each outcome, whom it asks the
// person to contact (by role: the place fills them in), and which checklist items fit it. One row
// per outcome; what the screen, Listen and the documents show is made from it by outcomeView.ts.
// The words for each outcome live in locales under outcomes.<id>; the table's types are checked
// against the English file, so a row cannot ask for a sentence that does not exist.
import type enOutcome from '../../locales/en/outcome.json';
import type { ChannelKind, RoleId } from '../jurisdiction/types';
import type { OutcomeId } from './outcomeIds';

/** A contact an outcome lists: a role, or the place's local non-emergency lines where 'localLines' stands. */
export type ContactSlot = RoleId | 'localLines';

/** "What to have ready": what a report needs, or what the police need about a missing child. */
export type HaveReadyItem =
  | `report.${keyof typeof enOutcome.haveReady.report}`
  | `missingChild.${keyof typeof enOutcome.haveReady.missingChild}`;
/** "What to do now": only do's (docs/README.md). */
export type DoNowItem = keyof typeof enOutcome.doNow.items;
/** "What not to do": only don'ts (docs/README.md). */
export type AvoidItem = keyof typeof enOutcome.avoid.items;

type Words = typeof enOutcome.outcomes;
/** Whether an outcome's words have this sentence: the table must say so exactly when they do. */
type Has<O extends OutcomeId, Key extends string> = Key extends keyof Words[O] ? true : false;

/** An outcome for someone reporting what they saw. */
interface ReporterOutcome<O extends OutcomeId> {
  for: 'reporter';
  /** The contacts of the one primary action, first and largest. */
  primary: readonly ContactSlot[];
  /** A tip under the primary action. */
  tip: Has<O, 'tip'>;
  /** Whether the local non-emergency lines are listed after the primary action, under their own heading. */
  showsLocalLines: Has<O, 'localLinesTitle'>;
  /** Where the place lists no local lines: whom the primary action asks for instead (its sentence
   *  is primaryWithoutLocalLines), and whether its tip changes too (tipWithoutLocalLines). */
  withoutLocalLines: Has<O, 'primaryWithoutLocalLines'> extends true
    ? { primary: readonly ContactSlot[]; tip: Has<O, 'tipWithoutLocalLines'> }
    : undefined;
  /** Further contacts, under the outcome's own heading; roles the place lacks are left out. */
  secondary: readonly ContactSlot[];
  /** The checklists, each item in the order shown; an empty list shows no checklist. */
  haveReady: readonly HaveReadyItem[];
  doNow: readonly DoNowItem[];
  avoid: readonly AvoidItem[];
}

/** The outcome for the person it is happening to: no reporter checklists. */
interface PersonOutcome {
  for: 'person';
  /** The first call, in its own sentence ("If you are in danger now, call 911"). */
  first: RoleId;
  /** The note on what a phone keeps, before any number, in the order shown. */
  safety: readonly (keyof Words['aboutMeResult']['safety'])[];
  /** The hotlines, each by text before a call (talking may not be safe); roles the place lacks are left out. */
  hotlines: readonly RoleId[];
  /** Their ways to reach, in this order; a web address is left out: visiting it leaves a trace in the browser's history. */
  channelOrder: readonly ChannelKind[];
}

type Outcome<O extends OutcomeId> = O extends 'aboutMeResult' ? PersonOutcome : ReporterOutcome<O>;

/** The outcomes for someone reporting what they saw. */
export type ReporterOutcomeId = Exclude<OutcomeId, 'aboutMeResult'>;
/** The outcomes whose words have this sentence. */
export type OutcomesWith<Key extends string> = { [O in OutcomeId]: Key extends keyof Words[O] ? O : never }[OutcomeId];

const report: readonly HaveReadyItem[] = ['report.whatYouSaw', 'report.when', 'report.where', 'report.people', 'report.vehicles', 'report.howYouKnow'];

export const outcomes: { readonly [O in OutcomeId]: Outcome<O> } = {
  call911Result: {
    for: 'reporter',
    primary: ['emergency'],
    tip: false,
    showsLocalLines: false,
    withoutLocalLines: undefined,
    // When everyone is safe.
    secondary: ['prosecutor', 'stateTraffickingHotline'],
    // What a dispatcher asks first: where, what is happening, who, which vehicle.
    haveReady: ['report.where', 'report.whatYouSaw', 'report.people', 'report.vehicles'],
    doNow: ['writeDown'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  // NCMEC: report to law enforcement first, then call NCMEC, with the child's details at hand.
  missingChildResult: {
    for: 'reporter',
    primary: ['emergency', 'missingChildrenLine'],
    tip: true,
    showsLocalLines: true,
    withoutLocalLines: { primary: ['emergency', 'missingChildrenLine'], tip: false },
    secondary: ['childAdvocacyCenter'],
    haveReady: [
      'missingChild.name',
      'missingChild.size',
      'missingChild.features',
      'missingChild.clothing',
      'missingChild.when',
      'missingChild.photo',
    ],
    doNow: [],
    // A parent reporting their own child missing: the don'ts that fit that call.
    avoid: ['confront', 'investigate'],
  },
  lawEnforcementResult: {
    for: 'reporter',
    primary: ['localLines'],
    tip: true,
    showsLocalLines: false,
    // The prosecutor's office helps people file reports with the right police (the county's page).
    withoutLocalLines: { primary: ['prosecutor'], tip: true },
    secondary: ['exploitationTipline', 'childAdvocacyCenter', 'stateChildAbuseLine'],
    haveReady: report,
    // Blue Sky Bridge: when a child discloses, stay calm, believe them, do not investigate, report.
    doNow: ['writeDown', 'childTells'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  // Local law enforcement too (never "if you know the child": the person may have just said they
  // do not); mandatory reporters call the state line.
  cyberTiplineResult: {
    for: 'reporter',
    primary: ['exploitationTipline'],
    tip: false,
    showsLocalLines: true,
    withoutLocalLines: undefined,
    secondary: ['stateChildAbuseLine'],
    haveReady: report,
    doNow: ['writeDown', 'childTells'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  adultResult: {
    for: 'reporter',
    primary: ['prosecutor'],
    tip: true,
    showsLocalLines: false,
    withoutLocalLines: undefined,
    secondary: ['stateTraffickingHotline', 'traffickingHotline'],
    haveReady: report,
    doNow: ['writeDown'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  aboutMeResult: {
    for: 'person',
    first: 'emergency',
    safety: ['history', 'otherPhone', 'exit'],
    hotlines: ['stateTraffickingHotline', 'traffickingHotline'],
    channelOrder: ['text', 'call', 'tty'],
  },
};

export function isReporterOutcome(id: OutcomeId): id is ReporterOutcomeId {
  return outcomes[id].for === 'reporter';
}

// Which outcomes have which optional sentence, read from the table, whose types match the English
// file's: so a sentence's key is made only where it exists, with no cast.
const reporterRow = (id: OutcomeId) => (isReporterOutcome(id) ? outcomes[id] : undefined);

export function hasTip(id: OutcomeId): id is OutcomesWith<'tip'> {
  return reporterRow(id)?.tip === true;
}

export function listsLocalLines(id: OutcomeId): id is OutcomesWith<'localLinesTitle'> {
  return reporterRow(id)?.showsLocalLines === true;
}

export function changesWithoutLocalLines(id: OutcomeId): id is OutcomesWith<'primaryWithoutLocalLines'> {
  return reporterRow(id)?.withoutLocalLines !== undefined;
}

export function tipChangesWithoutLocalLines(id: OutcomeId): id is OutcomesWith<'tipWithoutLocalLines'> {
  return reporterRow(id)?.withoutLocalLines?.tip === true;
}
