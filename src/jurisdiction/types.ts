// What a place must say about itself: everything the tool shows that belongs to one county (names,
// contacts by role, the law, the exit site). One folder per place implements it
// (src/jurisdiction/<place>/); `PLACE=<place>` chooses the one a build serves (src/build/place.mjs).
import type { SupportedLanguageCode } from '../i18n/supportedLanguages';

/** A text in each language the place offers, English required: a language without its own form
 *  shows the English. A place keeps its texts in its words.json, where translators' tools reach them. */
export type Localized = { en: string } & Partial<Record<SupportedLanguageCode, string>>;

/** The form for a language, else the English. */
export function localize(value: Localized, language: string): string {
  return value[language as SupportedLanguageCode] ?? value.en;
}

export type ChannelKind = 'call' | 'text' | 'tty' | 'web';

/**
 * Where a number or address was read. Labels (docs/README.md): `seed` stated in the county's own
 * page; `V` read in an official or first-hand source; `S` read in a secondary source only;
 * `unverified` read nowhere yet (a new place's placeholder: the tool then shows no review date for
 * it, and `npm run preflight` refuses to call the place ready).
 */
export type Source =
  | {
      label: 'seed' | 'V' | 'S';
      /** Where it was read. */
      where: string;
      /** The source's own date, as it gives it ("2019", "undated, cites 2024 figures"). */
      date: string;
    }
  | { label: 'unverified'; where?: string };

export type Label = Source['label'];

export interface Channel {
  kind: ChannelKind;
  /** As people read and dial it. */
  display: string;
  /** tel: in E.164 (or a US N11 short code), sms:, or https:. */
  href: string;
  /** The memorable spelling, shown beside the digits. */
  vanity?: string;
  /** Where this one was read, when not where the contact's other channels were. */
  source?: Source;
}

export interface Contact {
  /** The agency's proper name, from the place's words.json. */
  name: Localized;
  /** What it is for, where that is the place's own fact, from words.json. Without it, the
   *  sentence under contacts.<role>.about in locales/<lng>/outcome.json is shown. */
  about?: Localized;
  channels: readonly Channel[];
  /** Where its numbers and addresses were read (a channel may name its own). */
  source: Source;
  /** When the entry was last reviewed against its source (ISO date); absent while unverified. */
  reviewed?: string;
  /** The county's confirmation, once given: until then every entry that is not all `seed` waits on
   *  the "confirm before launch" list. */
  confirmed?: { by: string; date: string };
  /** Why it must be confirmed even where its label alone would not ask it. */
  confirmBeforeLaunch?: string;
}

/** A contact whose purpose is the place's own fact: it says it itself. */
export interface LocalContact extends Contact {
  about: Localized;
}

/**
 * The contacts the tool's outcomes are built from (src/flow/outcomes.ts), by role. The required ones
 * are in every outcome a place can reach; an optional one that a place lacks leaves no empty section.
 */
export interface Roles {
  /** 911 or its equivalent: on every screen. */
  emergency: Contact;
  /** The prosecutor's office (a District Attorney's Office, a Prosecutor's Office, a State's
   *  Attorney): its line closes every outcome, and its name fills {{prosecutor}}. */
  prosecutor: LocalContact;
  /** The national line for missing children (NCMEC's 1-800-THE-LOST in the US). */
  missingChildrenLine: Contact;
  /** The national tipline for child sexual exploitation (NCMEC's CyberTipline in the US). */
  exploitationTipline: Contact;
  /** The national human trafficking hotline; its call channel also offers interpreters. */
  traffickingHotline: Contact;
  /** A state's own trafficking hotline. */
  stateTraffickingHotline?: LocalContact;
  /** A state's child abuse and neglect line, for mandatory reporters. */
  stateChildAbuseLine?: LocalContact;
  /** A local child advocacy center. */
  childAdvocacyCenter?: LocalContact;
}

export type RoleId = keyof Roles;

/** A role, or the id of one of the place's local non-emergency lines. */
export type ContactId = string;

/** A learn-more organisation: its name, what it does, its web address and where that was read. */
export interface Organization {
  name: Localized;
  about: Localized;
  /** As people read it. */
  display: string;
  /** https, with a trailing slash. */
  href: string;
  source: Source;
  /** When its address was last reviewed against its source (ISO date); absent while unverified. */
  reviewed?: string;
}

/** What the first screen needs, kept apart so it loads without the directory. */
export interface Place {
  /** Filled into every sentence as {{county}}, {{state}} and {{place}} (the header's place line).
   *  Each language's form must fit its sentences (see the README: Adapt it for another place). */
  names: { county: Localized; state: Localized; place: Localized };
  /** Which of the supported languages the picker offers, in its order; English first. */
  languages: readonly SupportedLanguageCode[];
  emergency: Channel;
  /** Where "Exit this page" goes: a neutral site that says nothing about why someone was here
   *  (GOV.UK's Exit this page uses a weather site for the same reason). */
  exitUrl: string;
}

export interface Jurisdiction {
  place: Place;
  /** index.html's <meta name="description"> (the build puts it in), in English like the
   *  prerendered page. Its <title> is the app's name and the place's English name. */
  description: string;
  /** Every number and address the outcomes show, by role. */
  contacts: Roles;
  /** Local law enforcement, non-emergency, in the order listed (none: the outcomes say to call 911
   *  or the prosecutor instead). */
  localLines: Readonly<Record<string, LocalContact>>;
  /** Who the content came from, where the place says: "based on guidance from …" on the learn
   *  pages, "as quoted by …" under the law. Left out when absent. */
  sources?: { guidance?: Localized; law?: Localized };
  /** The learn pages' organisations, in the order listed. */
  organizations: Readonly<Record<string, Organization>>;
  /** The organisation the signs page sends readers to for more signs, if the place names one. */
  signsGuide?: string;
  /** The law the learn page quotes, word for word in its own language (never translated). */
  law: { kind: 'law'; citation: string; language: 'en'; clauses: readonly string[] };
  /** Kiosk mode's timers when the address does not set them. */
  kiosk: { idleSeconds: number; countdownSeconds: number };
  /** For reviewers (the review pack): facts deliberately not shown, and where the checklists' advice comes from. */
  record: { notShown: readonly string[]; guidance: readonly string[] };
}
