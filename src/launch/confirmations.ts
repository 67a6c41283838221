// What still stands between a place's contacts and launch: every number or address that is not in
// the county's own page waits for the county to confirm it, and so does any the content record asks
// the District Attorney's Office to approve; every entry is reviewed against its source at least
// once a year. Read by the contacts document, the review pack and `npm run preflight`.
import type { Channel, Contact, Label, Source } from '../jurisdiction/types';

/** What each label means, for people who sign, not for developers. */
export const labelMeaning: Record<Label, string> = {
  seed: "in the county's own page",
  V: 'read in an official or first-hand source',
  S: 'read in a secondary source only',
  unverified: 'not yet read in any source',
};

/** Where a channel was read: its own source, or its contact's. */
export const sourceOf = (contact: Contact, channel: Channel): Source => channel.source ?? contact.source;

/** A source as a reviewer reads it: "read in a secondary source only (A public-safety message, 2018)". */
export function describeSource(source: Source): string {
  if (source.label === 'unverified') return labelMeaning.unverified + (source.where ? ` (${source.where})` : '');
  return `${labelMeaning[source.label]} (${source.where}; ${source.date})`;
}

/** Whether this way to reach a contact waits on the county: read outside its page, or on a contact
 *  the prosecutor's office must approve, and not yet confirmed. */
export function channelAwaitsConfirmation(contact: Contact, channel: Channel): boolean {
  return !contact.confirmed && (sourceOf(contact, channel).label !== 'seed' || contact.confirmBeforeLaunch !== undefined);
}

/** Why the county must still confirm this contact before launch; nothing once it has. */
export function awaitingConfirmation(contact: Contact): string[] {
  if (contact.confirmed) return [];
  const reasons = contact.channels
    .filter((channel) => sourceOf(contact, channel).label !== 'seed')
    .map((channel) => `${channel.vanity ?? channel.display}: ${describeSource(sourceOf(contact, channel))}.`);
  return contact.confirmBeforeLaunch ? [...reasons, contact.confirmBeforeLaunch] : reasons;
}

/** Whether the entry was last reviewed more than a year before `today` (ISO dates), or never. */
export function reviewOverdue(contact: Contact, today: string): boolean {
  if (!contact.reviewed) return true;
  const yearAgo = new Date(`${today}T12:00:00Z`);
  yearAgo.setUTCFullYear(yearAgo.getUTCFullYear() - 1);
  return contact.reviewed < yearAgo.toISOString().slice(0, 10);
}
