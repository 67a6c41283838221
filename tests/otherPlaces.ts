// What every other known place says that the place under test (PLACE) does not: the names, agencies,
// numbers, addresses and law that must never reach its screens or its built site. What two places
// share (a national hotline's number, 911) and words of the tool's own sentences are not counted.
import { selectedPlace } from '../src/build/place.mjs';
import { jurisdiction } from '../src/jurisdiction/current';
import type { Channel, Jurisdiction, Localized } from '../src/jurisdiction/types';

const modules = import.meta.glob<{ jurisdiction: Jurisdiction }>('../src/jurisdiction/*/jurisdiction.ts', { eager: true });
export const otherPlaces = Object.entries(modules)
  .filter(([path]) => !['template', selectedPlace()].includes(path.split('/').at(-2)!))
  .map(([, module]) => module.jurisdiction);

/** Every sentence of every language: words found in them are the tool's, not a place's. */
const sentences = import.meta.glob<string>('../locales/*/*.json', { eager: true, query: '?raw', import: 'default' });
const toolWords = Object.values(sentences).join('\n');

const forms = (value: Localized) => Object.values(value).filter((form): form is string => Boolean(form));

/** What a place says that is its own. */
function factsOf(place: Jurisdiction): { words: string[]; channels: Channel[] } {
  const contacts = [...Object.values(place.contacts), ...Object.values(place.localLines)].filter((contact) => contact !== undefined);
  return {
    words: [
      ...Object.values(place.place.names).flatMap(forms),
      ...contacts.flatMap((contact) => [...forms(contact.name), ...(contact.about ? forms(contact.about) : [])]),
      ...Object.values(place.organizations).flatMap((organization) => [...forms(organization.name), organization.display]),
      place.law.citation,
      ...place.law.clauses,
    ],
    channels: contacts.flatMap((contact) => contact.channels),
  };
}

const ours = factsOf(jurisdiction);

export const theirWords = [...new Set(otherPlaces.flatMap((place) => factsOf(place).words))].filter(
  (word) => !ours.words.includes(word) && !toolWords.includes(word),
);

export const theirChannels = otherPlaces
  .flatMap((place) => factsOf(place).channels)
  .filter((channel) => !ours.channels.some((mine) => mine.href === channel.href) && channel.href !== 'tel:911');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A number or address standing on its own: 711 inside a file's hash is not the 711 relay line. */
const standing = (fact: string) => new RegExp(`(?<![\\w-])${escape(fact)}(?![\\w-])`);
const theirFacts = [...new Set(theirChannels.flatMap((channel) => [channel.display, channel.href]))].map((fact) => [fact, standing(fact)] as const);

/** Every other place's fact found in `text` (a page's words, or a built file). */
export function leftoversIn(text: string): string[] {
  return [...theirWords.filter((word) => text.includes(word)), ...theirFacts.filter(([, pattern]) => pattern.test(text)).map(([fact]) => fact)];
}
