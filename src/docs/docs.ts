// The generated documents of the place this build serves (PLACE), by path from the repository root:
// written by `npm run docs`, compared with the files by tests/docs.test.ts.
import { selectedPlace } from '../build/place.mjs';
import { renderContactsDoc } from './contactsDoc';

/** Where the place's generated documents live. */
export const docsDir = `docs/${selectedPlace()}`;

export async function renderDocs(): Promise<Record<string, string>> {
  return { [`${docsDir}/contacts.md`]: renderContactsDoc() };
}
