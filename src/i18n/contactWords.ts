// A contact's name and what it is for, in the language on screen: the name is the place's (from
// src/jurisdiction), the description a sentence in outcome.json unless the place gives its own.
import type { TFunction } from 'i18next';
import type enOutcome from '../../locales/en/outcome.json';
import { contacts, type ContactId } from '../flow/contacts';
import { localize } from '../jurisdiction/types';

type AboutKey = `contacts.${keyof typeof enOutcome.contacts}.about`;

export function contactName(id: ContactId, language: string): string {
  return localize(contacts[id].name, language);
}

export function contactAbout(id: ContactId, t: TFunction<'outcome'>, language: string): string {
  const about = contacts[id].about;
  return about ? localize(about, language) : t(`contacts.${id}.about` as AboutKey);
}
