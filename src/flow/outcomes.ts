// What each outcome points to, by contact id, as FLOW.md's outcome table says. The words for each
// outcome live in locales under outcomes.<id>; the numbers come from contacts.ts.
import { contacts, localLines, type Channel, type ChannelKind, type ContactId } from './contacts';

export const outcomeIds = [
  'call911Result',
  'missingChildResult',
  'lawEnforcementResult',
  'cyberTiplineResult',
  'adultResult',
] as const;

export type OutcomeId = (typeof outcomeIds)[number];

/** FLOW.md's "This is happening to me": the outcome for the person it is happening to. It has its
 *  own screen (AboutMeScreen), with no checklists, so it is not one of the reporters' outcomes above. */
export const aboutMeResultId = 'aboutMeResult';

/** Every outcome the machine can end in. */
export type ResultId = OutcomeId | typeof aboutMeResultId;
export const resultIds: readonly ResultId[] = [...outcomeIds, aboutMeResultId];

export interface Outcome {
  /** The contacts of the one primary action, first and largest. */
  primary: readonly ContactId[];
  /** Further contacts, under the outcome's own "also" heading. */
  secondary: readonly ContactId[];
  /** Whether the local non-emergency lines are listed after the primary action. */
  localLines: boolean;
  /** Which "What to have ready" checklist fits. */
  haveReady: 'report' | 'missingChild';
}

export const outcomes: Record<OutcomeId, Outcome> = {
  call911Result: {
    primary: ['emergency'],
    secondary: ['daOffice', 'coHotline'],
    localLines: false,
    haveReady: 'report',
  },
  // NCMEC: report to law enforcement first, then call NCMEC.
  missingChildResult: {
    primary: ['emergency', 'ncmecTheLost'],
    secondary: ['blueSkyBridge'],
    localLines: true,
    haveReady: 'missingChild',
  },
  lawEnforcementResult: {
    primary: localLines,
    secondary: ['cyberTipline', 'blueSkyBridge', 'coChildAbuseHotline'],
    localLines: false,
    haveReady: 'report',
  },
  cyberTiplineResult: {
    primary: ['cyberTipline'],
    secondary: [],
    localLines: true,
    haveReady: 'report',
  },
  adultResult: {
    primary: ['daOffice'],
    secondary: ['coHotline', 'nationalHotline'],
    localLines: false,
    haveReady: 'report',
  },
};

/** What aboutMeResult shows, in order: 911 first, then the hotlines, each by text before a call
 *  (talking may not be safe), then the DA's line. */
export const aboutMeResult = {
  first: 'emergency',
  hotlines: ['coHotline', 'nationalHotline'],
  // Text first; a web address is left out: visiting it leaves a trace in the browser's history.
  channelOrder: ['text', 'call', 'tty'],
} as const satisfies { first: ContactId; hotlines: readonly ContactId[]; channelOrder: readonly ChannelKind[] };

/** A hotline's ways to reach it for aboutMeResult, in aboutMeResult.channelOrder. */
export function aboutMeChannels(id: (typeof aboutMeResult.hotlines)[number]): Channel[] {
  const channels: readonly Channel[] = contacts[id].channels;
  return aboutMeResult.channelOrder.flatMap((kind) => channels.filter((channel) => channel.kind === kind));
}
