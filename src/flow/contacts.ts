// The contact directory of the place this build serves (PLACE: src/build/place.mjs): every number
// and address the product shows, by role, with where it was read. Nothing else in the code may type
// a phone number or address: screens take them from here.
import { jurisdiction } from '../jurisdiction/current';
import type { Channel, Contact, ContactId } from '../jurisdiction/types';

export type { Channel, ChannelKind, Contact, ContactId, Label, RoleId, Source } from '../jurisdiction/types';

const { contacts: roles, localLines: locals } = jurisdiction;

/** Every contact the place has: its roles, then its local lines, in that order. */
export const contacts: Readonly<Record<ContactId, Contact>> = Object.fromEntries(
  Object.entries({ ...roles, ...locals }).filter((entry): entry is [string, Contact] => entry[1] !== undefined),
);

export const contactIds: readonly ContactId[] = Object.keys(contacts);

/** Local law enforcement, non-emergency, in the order listed; none where the place lists none. */
export const localLines: readonly ContactId[] = Object.keys(locals);

/** Whether the place has a contact for this role (the optional ones may be absent). */
export function hasContact(id: ContactId): boolean {
  return id in contacts;
}

/** How to call a contact: its first call channel, wherever the contact lists it (the CyberTipline
 *  leads with its web address). Every role a sentence dials has one (tests/contacts.test.ts). */
export function callChannel(id: ContactId): Channel {
  const call = contacts[id].channels.find((channel) => channel.kind === 'call');
  if (!call) throw new Error(`${id} has no number to call`);
  return call;
}

