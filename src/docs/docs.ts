// The generated documents of the place this build serves (PLACE), by path from the repository root:
// its contacts and the review text of every language it offers. Written by `npm run docs`, compared
// with the files by tests/docs.test.ts.
import { selectedPlace } from '../build/place.mjs';
import { place } from '../jurisdiction/currentPlace';
import { buildPacks, reviewDir } from '../review/pack';
import { renderContactsDoc } from './contactsDoc';

/** Where the place's generated documents live. */
export const docsDir = `docs/${selectedPlace()}`;

export async function renderDocs(): Promise<Record<string, string>> {
  const packs = await buildPacks(place.languages);
  return {
    [`${docsDir}/contacts.md`]: renderContactsDoc(),
    ...Object.fromEntries(packs.map((pack) => [`${reviewDir}/${pack.language}.md`, pack.markdown])),
  };
}
