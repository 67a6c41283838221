// [Your place]'s contacts, by role, with where each number was read; its organisations, its law and
// its kiosk timers. Made by `npm run new-place` from src/jurisdiction/template/. Every number here is
// a placeholder (555 numbers for the place's own, the national services' as another place records
// them) marked `unverified`: `npm run preflight` refuses to call the place ready until
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
  description: '[One sentence for search engines: Suspect sex trafficking in your county? Answer a few questions to find out whom to contact. Nothing you enter is saved or sent.]',
  contacts: {
    emergency: { ...words.emergency, channels: [place.emergency], source: unverified },
    prosecutor: { ...words.prosecutor, channels: [{ kind: 'call', display: '555-555-0100', href: 'tel:+15555550100' }], source: unverified },
    // The national services are the same for every US place. These are their numbers as another
    // place's module records them: read each in a source yourself, then say where and when.
    missingChildrenLine: {
      ...words.missingChildrenLine,
      channels: [{ kind: 'call', display: '1-800-843-5678', vanity: '1-800-THE-LOST', href: 'tel:+18008435678' }],
      source: unverified,
    },
    exploitationTipline: {
      ...words.exploitationTipline,
      channels: [
        { kind: 'web', display: 'report.cybertip.org', href: 'https://report.cybertip.org/' },
        { kind: 'call', display: '1-800-843-5678', href: 'tel:+18008435678' },
      ],
      source: unverified,
    },
    traffickingHotline: {
      ...words.traffickingHotline,
      channels: [
        { kind: 'call', display: '1-888-373-7888', href: 'tel:+18883737888' },
        { kind: 'text', display: '233733', href: 'sms:233733' },
        { kind: 'tty', display: '711', href: 'tel:711' },
      ],
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
    citation: "[The statute's citation]",
    language: 'en',
    clauses: ['[Each clause of the law, word for word, as your county quotes it]'],
  },
  kiosk: { idleSeconds: 60, countdownSeconds: 30 },
  record: {
    notShown: ['[Facts you could not verify, and so do not show]'],
    guidance: ['[Where the checklists\' advice comes from, for reviewers]'],
  },
} as const satisfies Jurisdiction;
