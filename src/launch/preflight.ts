// Every reason not to launch the place this build serves, for `npm run preflight`: each contact
// still awaiting the county's confirmation, each not reviewed against its source within a year, each
// still unverified, each language with strings not yet reviewed, and each language whose review pack,
// as it stands, nobody has signed.
import { join } from 'node:path';
import { contactIds, contacts } from '../flow/contacts';
import { counts, readLocales, readPlaceWords } from '../i18n/reviewStatus';
import { placeDir } from '../build/place.mjs';
import { place } from '../jurisdiction/currentPlace';
import { buildPacks } from '../review/pack';
import { awaitingConfirmation, reviewOverdue } from './confirmations';
import { isSignedOff, readSignOffs } from './signoffs';

export interface Reason {
  /** What kind of reason, for grouping. */
  kind: 'unconfirmed' | 'unverified' | 'reviewOverdue' | 'untranslated' | 'unsigned';
  text: string;
}

/** `today` as an ISO date (a year-old review is overdue from then). */
export async function reasonsNotToLaunch(today: string, root = process.cwd()): Promise<Reason[]> {
  const reasons: Reason[] = [];
  for (const id of contactIds) {
    const contact = contacts[id];
    const name = `${contact.name.en} (${id})`;
    if (contact.source.label === 'unverified') reasons.push({ kind: 'unverified', text: `${name}: not yet read in any source; mark where it was read before launch.` });
    for (const why of awaitingConfirmation(contact)) reasons.push({ kind: 'unconfirmed', text: `${name}: ${why}` });
    if (contact.source.label !== 'unverified' && reviewOverdue(contact, today)) {
      reasons.push({ kind: 'reviewOverdue', text: `${name}: last reviewed ${contact.reviewed ?? 'never'}, more than 12 months before ${today}.` });
    }
  }
  const bodies = [readLocales(join(root, 'locales')), readPlaceWords(placeDir())];
  for (const language of place.languages.filter((code) => code !== 'en')) {
    const total = { reviewed: 0, draft: 0, stale: 0, missing: 0 };
    for (const body of bodies) {
      if (!body.translations[language]) continue;
      for (const [state, n] of Object.entries(counts(body.review, body.english, body.translations[language], language))) total[state as keyof typeof total] += n;
    }
    const open = total.draft + total.stale + total.missing;
    if (open > 0) {
      reasons.push({ kind: 'untranslated', text: `${language}: ${open} string(s) not reviewed (${total.draft} draft, ${total.stale} stale, ${total.missing} missing).` });
    }
  }
  const signOffs = readSignOffs(root);
  for (const { language, contentHash } of await buildPacks(place.languages, root)) {
    if (!isSignedOff(signOffs, language, contentHash)) {
      reasons.push({ kind: 'unsigned', text: `${language}: no sign-off for its review pack as it is now (content hash ${contentHash}).` });
    }
  }
  return reasons;
}
