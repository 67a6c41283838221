// `npm run preflight`: every reason not to launch the place under test, and none once there is none.
// Example County, the fictional place that is ready (everything confirmed, reviewed and signed), passes.
import { describe, expect, it } from 'vitest';
import { selectedPlace } from '../src/build/place.mjs';
import { contactIds, contacts } from '../src/flow/contacts';
import { counts, readLocales, readPlaceWords } from '../src/i18n/reviewStatus';
import { place } from '../src/jurisdiction/currentPlace';
import { placeDir } from '../src/build/place.mjs';
import { awaitingConfirmation, reviewOverdue } from '../src/launch/confirmations';
import { reasonsNotToLaunch } from '../src/launch/preflight';
import { isSignedOff, readSignOffs } from '../src/launch/signoffs';
import { buildPacks } from '../src/review/pack';

const today = '2026-12-01';

describe(`preflight for ${selectedPlace()}`, { timeout: 60_000 }, () => {
  const reasons = reasonsNotToLaunch(today);
  const texts = async (kind: string) => (await reasons).filter((reason) => reason.kind === kind).map((reason) => reason.text).join('\n');

  it('names every contact still awaiting the county, every unverified one, and every one reviewed more than a year ago', async () => {
    for (const id of contactIds) {
      const contact = contacts[id];
      for (const why of awaitingConfirmation(contact)) expect(await texts('unconfirmed')).toContain(why);
      if (contact.source.label === 'unverified') expect(await texts('unverified')).toContain(`(${id})`);
      if (contact.source.label !== 'unverified' && reviewOverdue(contact, today)) expect(await texts('reviewOverdue')).toContain(`(${id})`);
    }
  });

  it('names every language with strings not yet reviewed, and every one whose pack nobody signed as it is now', async () => {
    const bodies = [readLocales('locales'), readPlaceWords(placeDir())];
    const signOffs = readSignOffs();
    for (const pack of await buildPacks(place.languages)) {
      const open = bodies.some((body) => body.translations[pack.language] && counts(body.review, body.english, body.translations[pack.language], pack.language).reviewed < Object.keys(body.english).length);
      expect((await texts('untranslated')).includes(`${pack.language}:`)).toBe(pack.language !== 'en' && open);
      expect((await texts('unsigned')).includes(`${pack.language}:`)).toBe(!isSignedOff(signOffs, pack.language, pack.contentHash));
    }
  });

  it('counts a review a year and a day old as overdue, and one a day short of a year as current', () => {
    const contact = { ...contacts[contactIds[0]], reviewed: '2025-11-30' };
    expect(reviewOverdue(contact, '2026-12-01')).toBe(true);
    expect(reviewOverdue({ ...contact, reviewed: '2025-12-02' }, '2026-12-01')).toBe(false);
  });

  // The fictional county that is ready to launch: the proof that preflight can pass.
  if (selectedPlace() === 'exampleCounty') {
    it('finds no reason not to launch Example County', async () => {
      expect(await reasons).toEqual([]);
    });
  }
});
