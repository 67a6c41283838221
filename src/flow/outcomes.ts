// What each outcome points to, by contact id, as FLOW.md's outcome table says. The words for each
// outcome live in locales under outcomes.<id>; the numbers come from contacts.ts.
import { localLines, type ContactId } from './contacts';

export const outcomeIds = [
  'call911Result',
  'missingChildResult',
  'lawEnforcementResult',
  'cyberTiplineResult',
  'adultResult',
] as const;

export type OutcomeId = (typeof outcomeIds)[number];

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
