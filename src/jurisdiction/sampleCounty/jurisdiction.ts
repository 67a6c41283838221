// Sample County's contacts, organisations, law and kiosk timers: fictional, with only the required
// roles, and not yet confirmed by anyone (as a county's module looks while it is being filled in).
import type { Jurisdiction, Source } from '../types';
import { place } from './place';
import { contacts as words, organizations as organizationWords } from './words.json';

const reviewed = '2026-11-30';
const official: Source = { label: 'V', where: 'The service’s own site (fictional)', date: '2026' };

const call = (last: string) => ({ kind: 'call', display: `555-555-02${last}`, href: `tel:+155555502${last}` }) as const;

export const jurisdiction = {
  place,
  description: 'A second fictional county, with English and Spanish and only the required contacts.',
  contacts: {
    emergency: { ...words.emergency, channels: [place.emergency], source: official, reviewed },
    prosecutor: { ...words.prosecutor, channels: [call('10')], source: official, reviewed },
    missingChildrenLine: { ...words.missingChildrenLine, channels: [call('11')], source: official, reviewed },
    exploitationTipline: {
      ...words.exploitationTipline,
      channels: [{ kind: 'web', display: 'tips.example.com', href: 'https://tips.example.com/' }, call('12')],
      source: official,
      reviewed,
    },
    traffickingHotline: {
      ...words.traffickingHotline,
      channels: [call('13'), { kind: 'text', display: '555-555-0214', href: 'sms:+15555550214' }],
      source: official,
      reviewed,
    },
  },
  localLines: {},
  organizations: {
    sampleNetwork: {
      ...organizationWords.sampleNetwork,
      display: 'network.example.com',
      href: 'https://network.example.com/',
      source: official,
      reviewed,
    },
  },
  law: {
    kind: 'law',
    citation: 'Examplia Statutes, section 9-8-7',
    language: 'en',
    clauses: ['(a) A fictional clause, for tests only.'],
  },
  kiosk: { idleSeconds: 45, countdownSeconds: 25 },
  record: { notShown: [], guidance: [] },
} as const satisfies Jurisdiction;
