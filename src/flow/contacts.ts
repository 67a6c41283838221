// The contact directory: every number and address the product shows, with where it was read.
// Names and descriptions are words, so they live in locales under contacts.<id>. Nothing else in
// the code may type a phone number or address: screens take them from here.
import { emergencyCall } from './emergency';

export type ChannelKind = 'call' | 'text' | 'tty' | 'web';

export interface Channel {
  kind: ChannelKind;
  /** As people read and dial it. */
  display: string;
  /** tel: in E.164 (or a US N11 short code), sms:, or https:. */
  href: string;
  /** The memorable spelling, shown beside the digits. */
  vanity?: string;
}

/** FLOW.md's labels: V read in an official or first-hand source, S in a secondary source only,
 *  seed stated in the county's own page. */
export type Verification = 'V' | 'S' | 'seed';

export interface Contact {
  channels: readonly Channel[];
  verification: Verification;
  source: string;
  /** When the entry was last checked against its source (ISO date). */
  checked: string;
  /** Why a V or seed entry must still be confirmed before launch (every S entry must be anyway). */
  confirmBeforeLaunch?: string;
}

const checked = '2026-11-28';

export const contacts = {
  emergency: {
    channels: [emergencyCall],
    verification: 'seed',
    source: "The county's page: the Boulder County DA's sex trafficking page this tool was made from",
    checked,
  },
  daOffice: {
    channels: [
      { kind: 'call', display: '303-441-3700', href: 'tel:+13034413700' },
      { kind: 'web', display: 'bouldercounty.gov/district-attorney', href: 'https://bouldercounty.gov/district-attorney/' },
    ],
    verification: 'seed',
    source: "Phone: the county's page. Web address: bouldercounty.gov (V)",
    checked,
  },
  ncmecTheLost: {
    channels: [{ kind: 'call', display: '1-800-843-5678', vanity: '1-800-THE-LOST', href: 'tel:+18008435678' }],
    verification: 'seed',
    source: "The county's page",
    checked,
  },
  cyberTipline: {
    channels: [
      { kind: 'web', display: 'report.cybertip.org', href: 'https://report.cybertip.org/' },
      { kind: 'call', display: '1-800-843-5678', href: 'tel:+18008435678' },
    ],
    verification: 'V',
    source: 'Web: report.cybertip.org/faqs (V). Phone: secondary source (S)',
    checked,
    confirmBeforeLaunch: 'The phone number was read in a secondary source only.',
  },
  coHotline: {
    channels: [
      { kind: 'call', display: '866-455-5075', href: 'tel:+18664555075' },
      { kind: 'text', display: '720-999-9724', href: 'sms:+17209999724' },
    ],
    verification: 'V',
    source: 'combathumantrafficking.org; thisishumantrafficking.com/faq',
    checked,
  },
  nationalHotline: {
    channels: [
      { kind: 'call', display: '1-888-373-7888', href: 'tel:+18883737888' },
      { kind: 'text', display: '233733', href: 'sms:233733' },
      { kind: 'tty', display: '711', href: 'tel:711' },
      { kind: 'web', display: 'humantraffickinghotline.org', href: 'https://humantraffickinghotline.org/' },
    ],
    verification: 'V',
    // FLOW.md: read before the hotline's 2025 change of operator; re-check before launch.
    source: 'humantraffickinghotline.org, before its 2025 change of operator: re-check before launch',
    checked,
    confirmBeforeLaunch: 'Read before the hotline changed operator in 2025; never describe it as run by Polaris.',
  },
  blueSkyBridge: {
    channels: [
      { kind: 'call', display: '303-444-1388', href: 'tel:+13034441388' },
      { kind: 'web', display: 'blueskybridge.org', href: 'https://blueskybridge.org/' },
    ],
    verification: 'V',
    source: 'blueskybridge.org/protect-a-child/',
    checked,
  },
  coChildAbuseHotline: {
    channels: [{ kind: 'call', display: '1-844-264-5437', vanity: '1-844-CO-4-KIDS', href: 'tel:+18442645437' }],
    verification: 'V',
    source: 'co4kids.org',
    checked,
  },
  sheriffNonEmergency: {
    channels: [{ kind: 'call', display: '303-441-4444', href: 'tel:+13034414444' }],
    verification: 'V',
    source: 'Daily Camera 2019; bouldercounty.gov sheriff page for the contract towns',
    checked,
  },
  boulderPoliceNonEmergency: {
    channels: [{ kind: 'call', display: '303-441-3333', href: 'tel:+13034413333' }],
    verification: 'V',
    source: 'colorado.edu police statement, 2020',
    checked,
  },
  longmontPoliceNonEmergency: {
    channels: [{ kind: 'call', display: '303-651-8501', href: 'tel:+13036518501' }],
    verification: 'S',
    source: '2018 public-safety message',
    checked,
  },
  cuPoliceNonEmergency: {
    channels: [{ kind: 'call', display: '303-492-6666', href: 'tel:+13034926666' }],
    verification: 'S',
    source: 'Transcribed security report',
    checked,
  },
} as const satisfies Record<string, Contact>;

export type ContactId = keyof typeof contacts;

export const contactIds = Object.keys(contacts) as ContactId[];

/** Local law enforcement, non-emergency: shown wherever FLOW.md says to report locally. */
export const localLines = [
  'sheriffNonEmergency',
  'boulderPoliceNonEmergency',
  'longmontPoliceNonEmergency',
  'cuPoliceNonEmergency',
] as const satisfies readonly ContactId[];
