// A contact's name and what it is for, in the language on screen: both are the place's (its
// words.json), except what a national service is for, which is the same everywhere and so a sentence
// of outcome.json (contacts.<role>.about).
import type { TFunction } from 'i18next';
import type enOutcome from '../../locales/en/outcome.json';
import { contacts, type ContactId } from '../flow/contacts';
import { localize } from '../jurisdiction/types';

type NationalRole = keyof typeof enOutcome.contacts;

/** The roles whose purpose outcome.json describes, for a place that does not say it in its own words. */
const nationalRoles: readonly NationalRole[] = ['emergency', 'missingChildrenLine', 'exploitationTipline', 'traffickingHotline'];

const isNational = (id: ContactId): id is NationalRole => (nationalRoles as readonly string[]).includes(id);

export function contactName(id: ContactId, language: string): string {
  return localize(contacts[id].name, language);
}

export function contactAbout(id: ContactId, t: TFunction<'outcome', undefined>, language: string): string {
  const about = contacts[id].about;
  if (about) return localize(about, language);
  return isNational(id) ? t(`contacts.${id}.about`) : '';
}
