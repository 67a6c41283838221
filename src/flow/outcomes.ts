// What each outcome shows, as the content record says (docs/README.md): its contacts (the place's choice, from
// src/jurisdiction/current.ts) and which checklist items fit it. The words for each outcome live in
// locales under outcomes.<id>, the checklist items under haveReady, doNow and avoid.
import { jurisdiction } from '../jurisdiction/current';
import type { OutcomeContacts } from '../jurisdiction/types';
import { contacts, type Channel, type ChannelKind, type ContactId } from './contacts';

export const outcomeIds = [
  'call911Result',
  'missingChildResult',
  'lawEnforcementResult',
  'cyberTiplineResult',
  'adultResult',
] as const;

export type OutcomeId = (typeof outcomeIds)[number];

/** "What to have ready": what a report needs, or what the police need about a missing child. */
export type HaveReadyItem =
  | `report.${'whatYouSaw' | 'when' | 'where' | 'people' | 'vehicles' | 'howYouKnow'}`
  | `missingChild.${'name' | 'size' | 'features' | 'clothing' | 'when' | 'photo'}`;
/** "What to do now": only do's (docs/README.md). */
export type DoNowItem = 'writeDown' | 'childTells';
/** "What not to do": only don'ts (docs/README.md). */
export type AvoidItem = 'confront' | 'alert' | 'investigate';

/** "This is happening to me" (docs/README.md): the outcome for the person it is happening to. It has its
 *  own screen (AboutMeScreen), with no checklists, so it is not one of the reporters' outcomes above. */
export const aboutMeResultId = 'aboutMeResult';

/** Every outcome the machine can end in. */
export type ResultId = OutcomeId | typeof aboutMeResultId;
export const resultIds: readonly ResultId[] = [...outcomeIds, aboutMeResultId];

/** Its contacts (primary, secondary, showsLocalLines) and its checklists. */
export interface Outcome extends OutcomeContacts {
  /** The checklists, each item in the order shown; an empty list shows no checklist. */
  haveReady: readonly HaveReadyItem[];
  doNow: readonly DoNowItem[];
  avoid: readonly AvoidItem[];
}

const report: readonly HaveReadyItem[] = [
  'report.whatYouSaw',
  'report.when',
  'report.where',
  'report.people',
  'report.vehicles',
  'report.howYouKnow',
];

type Checklists = Pick<Outcome, 'haveReady' | 'doNow' | 'avoid'>;

const checklists: Record<OutcomeId, Checklists> = {
  call911Result: {
    // What a dispatcher asks first: where, what is happening, who, which vehicle.
    haveReady: ['report.where', 'report.whatYouSaw', 'report.people', 'report.vehicles'],
    doNow: ['writeDown'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  // NCMEC: report to law enforcement first, then call NCMEC, with the child's details at hand.
  missingChildResult: {
    haveReady: [
      'missingChild.name',
      'missingChild.size',
      'missingChild.features',
      'missingChild.clothing',
      'missingChild.when',
      'missingChild.photo',
    ],
    doNow: [],
    // docs/README.md: not "do not alert the person you are worried about": here that is the parent's own child.
    avoid: ['confront', 'investigate'],
  },
  lawEnforcementResult: {
    haveReady: report,
    // Blue Sky Bridge: when a child discloses, stay calm, believe them, do not investigate, report.
    doNow: ['writeDown', 'childTells'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  // docs/README.md: someone who knows the child reports locally too; mandatory reporters call the state line.
  cyberTiplineResult: {
    haveReady: report,
    doNow: ['writeDown', 'childTells'],
    avoid: ['confront', 'alert', 'investigate'],
  },
  adultResult: {
    haveReady: report,
    doNow: ['writeDown'],
    avoid: ['confront', 'alert', 'investigate'],
  },
};

export const outcomes = Object.fromEntries(
  outcomeIds.map((id) => [id, { ...jurisdiction.outcomes[id], ...checklists[id] }]),
) as Record<OutcomeId, Outcome>;

/**
 * Whether the outcome closes with the DA's line (docs/README.md: on every outcome), which it does unless
 * it already shows the DA's Office as a contact: the same office twice only makes the page longer.
 */
export function showsDaLine(outcome: Outcome): boolean {
  return ![...outcome.primary, ...outcome.secondary].includes('daOffice');
}

/** What aboutMeResult shows, in order: 911 first, then the hotlines, each by text before a call
 *  (talking may not be safe), then the DA's line. */
export const aboutMeResult: { first: ContactId; hotlines: readonly ContactId[]; channelOrder: readonly ChannelKind[] } = {
  ...jurisdiction.aboutMe,
  // Text first; a web address is left out: visiting it leaves a trace in the browser's history.
  channelOrder: ['text', 'call', 'tty'],
};

/** A hotline's ways to reach it for aboutMeResult, in aboutMeResult.channelOrder. */
export function aboutMeChannels(id: ContactId): Channel[] {
  const channels: readonly Channel[] = contacts[id].channels;
  return aboutMeResult.channelOrder.flatMap((kind) => channels.filter((channel) => channel.kind === kind));
}
