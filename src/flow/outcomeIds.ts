// Every outcome the wizard can end in, in one list with no imports: the machine makes a state of
// each, the outcome table (outcomes.ts) describes each, and nothing imports in a circle.

export const outcomeIds = [
  'call911Result',
  'missingChildResult',
  'lawEnforcementResult',
  'cyberTiplineResult',
  'adultResult',
  // "This is happening to me" (docs/README.md): for the person it is happening to, not a reporter.
  'aboutMeResult',
] as const;

export type OutcomeId = (typeof outcomeIds)[number];

export function isOutcome(id: string): id is OutcomeId {
  return (outcomeIds as readonly string[]).includes(id);
}
