// The contact directory of the place this build serves (src/jurisdiction/current.ts): every number
// and address the product shows, with where it was read. Nothing else in the code may type a phone
// number or address: screens take them from here.
import { jurisdiction } from '../jurisdiction/current';
import type { Contact, ContactId } from '../jurisdiction/types';

export type { Channel, ChannelKind, Contact, ContactId, Verification } from '../jurisdiction/types';

export const contacts: Readonly<Record<ContactId, Contact>> = jurisdiction.contacts;

export const contactIds: readonly ContactId[] = Object.keys(contacts);

/** Local law enforcement, non-emergency: shown wherever the content record says to report locally. */
export const localLines: readonly ContactId[] = jurisdiction.localLines;
