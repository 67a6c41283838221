// Boulder County, Colorado: every fact the tool shows that belongs to the place, by role. Names and
// descriptions in each language are in words.json; numbers, addresses and their sources are here.
// A county adapting the tool starts from `npm run new-place` (README: Adapt it for another place).
import type { Jurisdiction, Source } from '../types';
import { place } from './place';
import { contacts as words, organizations as organizationWords, sources } from './words.json';

/** When the project last read each entry against its source. */
const reviewed = '2026-11-28';

/** The county's own page, which the tool was made from (shared/seeds in the project's record). */
const countyPage: Source = {
  label: 'seed',
  where: "The county's page: the Boulder County District Attorney's page on sex trafficking",
  date: 'undated; cites 2024 figures',
};
const organizationSource: Source = {
  label: 'V',
  where: "Listed on the county's page; web address read on the organisation's own site",
  date: 'undated, read November 2026',
};

/** Local law enforcement, non-emergency, in the order listed. */
const localLines = {
  sheriffNonEmergency: {
    ...words.sheriffNonEmergency,
    channels: [{ kind: 'call', display: '303-441-4444', href: 'tel:+13034414444' }],
    source: { label: 'V', where: "Daily Camera; bouldercounty.gov sheriff's page for the towns it dispatches for", date: '2019' },
    reviewed,
  },
  boulderPoliceNonEmergency: {
    ...words.boulderPoliceNonEmergency,
    channels: [{ kind: 'call', display: '303-441-3333', href: 'tel:+13034413333' }],
    source: { label: 'V', where: 'University of Colorado police statement (colorado.edu)', date: '2020' },
    reviewed,
  },
  longmontPoliceNonEmergency: {
    ...words.longmontPoliceNonEmergency,
    channels: [{ kind: 'call', display: '303-651-8501', href: 'tel:+13036518501' }],
    source: { label: 'S', where: 'A public-safety message', date: '2018' },
    reviewed,
  },
  cuPoliceNonEmergency: {
    ...words.cuPoliceNonEmergency,
    channels: [{ kind: 'call', display: '303-492-6666', href: 'tel:+13034926666' }],
    source: { label: 'S', where: 'A transcribed campus security report', date: 'undated' },
    reviewed,
  },
} satisfies Jurisdiction['localLines'];

export const jurisdiction = {
  place,
  description:
    'Suspect sex trafficking in Boulder County, Colorado? Answer a few questions to find out whom to contact. Nothing you enter is saved or sent.',
  contacts: {
    emergency: { ...words.emergency, channels: [place.emergency], source: countyPage, reviewed },
    prosecutor: {
      ...words.prosecutor,
      channels: [
        { kind: 'call', display: '303-441-3700', href: 'tel:+13034413700' },
        {
          kind: 'web',
          display: 'bouldercounty.gov/district-attorney',
          href: 'https://bouldercounty.gov/district-attorney/',
          source: { label: 'V', where: 'bouldercounty.gov', date: 'undated, read November 2026' },
        },
      ],
      source: countyPage,
      reviewed,
    },
    missingChildrenLine: {
      ...words.missingChildrenLine,
      channels: [{ kind: 'call', display: '1-800-843-5678', vanity: '1-800-THE-LOST', href: 'tel:+18008435678' }],
      source: countyPage,
      reviewed,
    },
    exploitationTipline: {
      ...words.exploitationTipline,
      channels: [
        { kind: 'web', display: 'report.cybertip.org', href: 'https://report.cybertip.org/' },
        // The county's page gives it: 1-800-THE-LOST.
        { kind: 'call', display: '1-800-843-5678', href: 'tel:+18008435678', source: countyPage },
      ],
      source: { label: 'V', where: "NCMEC's CyberTipline FAQ (report.cybertip.org/faqs)", date: 'undated, read November 2026' },
      reviewed,
    },
    traffickingHotline: {
      ...words.traffickingHotline,
      channels: [
        { kind: 'call', display: '1-888-373-7888', href: 'tel:+18883737888' },
        { kind: 'text', display: '233733', href: 'sms:233733' },
        { kind: 'tty', display: '711', href: 'tel:711' },
        { kind: 'web', display: 'humantraffickinghotline.org', href: 'https://humantraffickinghotline.org/' },
      ],
      source: { label: 'V', where: 'humantraffickinghotline.org', date: 'before its 2025 change of operator' },
      reviewed,
      confirmBeforeLaunch: 'Read before the hotline changed operator in 2025; never describe it as run by Polaris.',
    },
    stateTraffickingHotline: {
      ...words.stateTraffickingHotline,
      channels: [
        { kind: 'call', display: '866-455-5075', href: 'tel:+18664555075' },
        { kind: 'text', display: '720-999-9724', href: 'sms:+17209999724' },
      ],
      source: { label: 'V', where: 'combathumantrafficking.org; thisishumantrafficking.com/faq', date: 'undated, read November 2026' },
      reviewed,
      confirmBeforeLaunch: "The county's page left this hotline's link and number blank on purpose: the District Attorney's Office must approve them.",
    },
    stateChildAbuseLine: {
      ...words.stateChildAbuseLine,
      channels: [{ kind: 'call', display: '1-844-264-5437', vanity: '1-844-CO-4-KIDS', href: 'tel:+18442645437' }],
      source: { label: 'V', where: 'co4kids.org', date: 'undated, read November 2026' },
      reviewed,
    },
    childAdvocacyCenter: {
      ...words.childAdvocacyCenter,
      channels: [
        { kind: 'call', display: '303-444-1388', href: 'tel:+13034441388' },
        { kind: 'web', display: 'blueskybridge.org', href: 'https://blueskybridge.org/' },
      ],
      source: { label: 'V', where: 'blueskybridge.org/protect-a-child/', date: 'undated, read November 2026' },
      reviewed,
    },
  },
  localLines,
  sources,
  // The learn page's organisations, in the order listed.
  organizations: {
    polaris: { ...organizationWords.polaris, display: 'polarisproject.org', href: 'https://polarisproject.org/', source: organizationSource, reviewed },
    thisIsHumanTrafficking: {
      ...organizationWords.thisIsHumanTrafficking,
      display: 'thisishumantrafficking.com',
      href: 'https://thisishumantrafficking.com/',
      source: organizationSource,
      reviewed,
    },
    laboratory: {
      ...organizationWords.laboratory,
      display: 'combathumantrafficking.org',
      href: 'https://combathumantrafficking.org/',
      source: organizationSource,
      reviewed,
    },
    ncmec: { ...organizationWords.ncmec, display: 'missingkids.org', href: 'https://missingkids.org/', source: organizationSource, reviewed },
    blueSkyBridge: {
      ...organizationWords.blueSkyBridge,
      display: 'blueskybridge.org',
      href: 'https://blueskybridge.org/',
      source: organizationSource,
      reviewed,
    },
  },
  // The county's page sends readers to NCMEC for the signs of child sex trafficking.
  signsGuide: 'ncmec',
  // Quoted by the county's page; shown in English in every language, as the law's own wording.
  law: {
    kind: 'law',
    citation: 'Colorado Revised Statutes, section 18-3-504',
    language: 'en',
    clauses: [
      '1(a) A person commits human trafficking for sexual servitude if the person knowingly sells, recruits, harbors, transports, transfers, isolates, entices, provides, receives, or obtains by any means another person for the purpose of coercing the person to engage in commercial sexual activity.',
      '(b)Human trafficking for sexual servitude is a class 3 felony.',
      '2 (a) A person commits human trafficking of a minor for sexual servitude if the person:',
      '(I) Knowingly sells, recruits, harbors, transports, transfers, isolates, entices, provides, receives, obtains by any means, maintains, or makes available a minor for the purpose of commercial sexual activity; or',
      '(II) Knowingly advertises, offers to sell, or sells travel services that facilitate an activity prohibited pursuant to subsection (2)(a)(I) of this section.',
      '(b) Human trafficking of a minor for sexual servitude is a class 2 felony.',
    ],
  },
  kiosk: { idleSeconds: 60, countdownSeconds: 30 },
  record: {
    notShown: [
      'A non-emergency number for Lafayette (it has its own police department) or other towns the local lines do not cover: the law-enforcement outcome says other towns have their own police department and, if a child is in danger now, to call 911.',
      "The District Attorney's street address (read in a secondary source only).",
      'A Boulder County child-abuse line.',
      'The National Human Trafficking Hotline changed operator in 2025: it is never described as run by Polaris Project. Polaris Project stays among the learn-more organisations because the county\'s page lists it, described only as that page describes it.',
    ],
    guidance: [
      'Do not alert suspected victims or traffickers by confronting them; contact law enforcement (US Department of Transportation guidance).',
      "CyberTipline reports: include where the incident happened and where you are (NCMEC's CyberTipline FAQ).",
      'A missing child: call law enforcement first, then NCMEC; have the child\'s details ready; ask the police for an NCIC entry (NCMEC).',
      'When a child discloses: stay calm, believe them, do not investigate or question them in detail, do not discuss it with others, report (Blue Sky Bridge).',
      "An adult's situation: the person may not be ready to ask for help; the hotlines help decide what to do (Polaris Project guidance).",
      "Colorado law (C.R.S. 18-3-504) is quoted on the learn pages in the county's own English words, once, labelled as law with its citation, never paraphrased into advice.",
    ],
  },
} as const satisfies Jurisdiction;
