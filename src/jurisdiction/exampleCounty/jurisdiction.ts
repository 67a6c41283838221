// Example County's contacts, organisations, law and kiosk timers: fictional, complete, and ready to
// launch (every entry confirmed by the fictional county and reviewed this year).
import type { Jurisdiction, Source } from '../types';
import { place } from './place';
import { contacts as words, organizations as organizationWords, sources } from './words.json';

const reviewed = '2026-11-30';
const confirmed = { by: 'Example County web team (fictional)', date: '2026-11-30' };
const countyPage: Source = { label: 'seed', where: "Example County's own page (fictional)", date: '2026' };
const official: Source = { label: 'V', where: 'The service’s own site (fictional)', date: '2026' };

const call = (last: string) => ({ kind: 'call', display: `555-555-01${last}`, href: `tel:+155555501${last}` }) as const;

export const jurisdiction = {
  place,
  description: 'A fictional county, to show what the tool looks like for another place.',
  contacts: {
    emergency: { ...words.emergency, channels: [place.emergency], source: countyPage, reviewed },
    prosecutor: {
      ...words.prosecutor,
      channels: [call('10'), { kind: 'web', display: 'prosecutor.example.org', href: 'https://prosecutor.example.org/' }],
      source: countyPage,
      reviewed,
    },
    missingChildrenLine: { ...words.missingChildrenLine, channels: [call('11')], source: countyPage, reviewed },
    exploitationTipline: {
      ...words.exploitationTipline,
      channels: [{ kind: 'web', display: 'tips.example.org', href: 'https://tips.example.org/' }, call('12')],
      source: official,
      reviewed,
      confirmed,
    },
    traffickingHotline: {
      ...words.traffickingHotline,
      channels: [call('15'), { kind: 'text', display: '555-555-0116', href: 'sms:+15555550116' }],
      source: official,
      reviewed,
      confirmed,
    },
    stateTraffickingHotline: {
      ...words.stateTraffickingHotline,
      channels: [call('13'), { kind: 'text', display: '555-555-0114', href: 'sms:+15555550114' }],
      source: official,
      reviewed,
      confirmed,
    },
    stateChildAbuseLine: { ...words.stateChildAbuseLine, channels: [call('20')], source: official, reviewed, confirmed },
    childAdvocacyCenter: { ...words.childAdvocacyCenter, channels: [call('17')], source: official, reviewed, confirmed },
  },
  localLines: {
    exampleSheriff: { ...words.exampleSheriff, channels: [call('18')], source: official, reviewed, confirmed },
    sampletonPolice: {
      ...words.sampletonPolice,
      channels: [call('19')],
      source: { label: 'S', where: 'A town newsletter (fictional)', date: '2025' },
      reviewed,
      confirmed,
    },
  },
  sources,
  organizations: {
    safetyNetwork: {
      ...organizationWords.safetyNetwork,
      display: 'safety.example.org',
      href: 'https://safety.example.org/',
      source: official,
      reviewed,
    },
  },
  signsGuide: 'safetyNetwork',
  law: {
    kind: 'law',
    citation: 'Placeholdia Code, section 1-2-3',
    language: 'en',
    clauses: ['(1) A fictional clause, for tests only.', '(2) Another fictional clause.'],
  },
  kiosk: { idleSeconds: 90, countdownSeconds: 45 },
  record: { notShown: ['Anything real: every fact here is made up.'], guidance: ['The checklists follow the tool\'s general guidance (fictional place).'] },
} as const satisfies Jurisdiction;
