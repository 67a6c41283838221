// [Your place]'s contacts, by role, with where each number was read; its organisations, its law and
// its kiosk timers. Made by `npm run new-place` from src/jurisdiction/template/. Every number here is
// a made-up placeholder marked `unverified`: `npm run preflight` refuses to call the place ready until
// each is replaced, read in a source (label seed, V or S, with where and the source's date) and
// reviewed (`reviewed`), and confirmed by the county (`confirmed`) where it is not in its own page.
// The optional roles (stateTraffickingHotline, stateChildAbuseLine, childAdvocacyCenter) are left out:
// add one, with its words in words.json, and the outcomes list it; src/jurisdiction/boulderCounty/
// has them all.
import type { Jurisdiction, Source } from '../types';
import { place } from './place';
import { contacts as words, organizations as organizationWords, sources } from './words.json';

/** Not yet read anywhere: replace with where you read each number (see types.ts: Source). */
const unverified: Source = { label: 'unverified', where: '[Where to read it]' };

export const jurisdiction = {
  place,
  description: '[One sentence for search engines: Suspect sex trafficking in Larimer County, Colorado? Answer a few questions to find out whom to contact. Nothing you enter is saved or sent.]',
  contacts: {
    emergency: { ...words.emergency, channels: [place.emergency], source: unverified },
    prosecutor: { ...words.prosecutor, channels: [{ kind: 'call', display: '555-555-0100', href: 'tel:+15555550100' }], source: unverified },
    // The national services are the same for every US place: confirm the numbers where you read them.
    missingChildrenLine: {
      ...words.missingChildrenLine,
      channels: [{ kind: 'call', display: '555-555-0101', href: 'tel:+15555550101' }],
      source: unverified,
    },
    exploitationTipline: {
      ...words.exploitationTipline,
      channels: [{ kind: 'call', display: '555-555-0102', href: 'tel:+15555550102' }],
      source: unverified,
    },
    traffickingHotline: {
      ...words.traffickingHotline,
      channels: [{ kind: 'call', display: '555-555-0103', href: 'tel:+15555550103' }],
      source: unverified,
    },
  },
  // Local law enforcement, non-emergency, in the order listed; {} if you list none.
  localLines: {
    exampleLocalLine: { ...words.exampleLocalLine, channels: [{ kind: 'call', display: '555-555-0104', href: 'tel:+15555550104' }], source: unverified },
  },
  sources,
  organizations: {
    exampleOrganization: {
      ...organizationWords.exampleOrganization,
      display: 'example.org',
      href: 'https://example.org/',
      source: unverified,
    },
  },
  law: {
    kind: 'law',
    citation: "[The statute's citation: Colorado Revised Statutes, section 18-3-504]",
    language: 'en',
    clauses: ['[Each clause of the law, word for word, as your county quotes it]'],
  },
  kiosk: { idleSeconds: 60, countdownSeconds: 30 },
  record: {
    notShown: ['[Facts you could not verify, and so do not show]'],
    guidance: ['[Where the checklists\' advice comes from, for reviewers]'],
  },
} as const satisfies Jurisdiction;
