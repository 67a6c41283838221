// What a place must say about itself: everything the tool shows that belongs to one county (names,
// contacts, which outcome shows which contact, the law, the exit site). One file per place
// implements it; src/jurisdiction/current.ts picks the one this build serves.
import type { OutcomeId } from '../flow/outcomes';

/** A language the tool has words for (a folder in locales/). */
export type SupportedLanguageCode = 'en' | 'es' | 'vi' | 'zh-Hans' | 'ar' | 'ru';

/** A name in each language, English required: a language without its own form shows the English. */
export type Localized = { en: string } & Partial<Record<SupportedLanguageCode, string>>;

/** The form for a language, else the English. */
export function localize(value: Localized, language: string): string {
  return value[language as SupportedLanguageCode] ?? value.en;
}

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

/** The content record's labels (docs/README.md): V read in an official or first-hand source, S in a secondary source only,
 *  seed stated in the county's own page. */
export type Verification = 'V' | 'S' | 'seed';

export interface Contact {
  /** The agency's proper name. */
  name: Localized;
  /** What it is for, where that is the place's own fact (which towns a sheriff covers). Without it,
   *  the sentence under contacts.<id>.about in locales/<lng>/outcome.json is shown. */
  about?: Localized;
  channels: readonly Channel[];
  verification: Verification;
  source: string;
  /** When the entry was last checked against its source (ISO date). */
  checked: string;
  /** Why a V or seed entry must still be confirmed before launch (every S entry must be anyway). */
  confirmBeforeLaunch?: string;
}

/** A contact id, the key in the directory. The code names three that every place must have:
 *  emergency, daOffice (the line closing every outcome), nationalHotline (its interpreters). */
export type ContactId = string;

/** A learn-more organisation: its name, what it does, its web address and where that was read. */
export interface Organization {
  name: Localized;
  about: Localized;
  /** As people read it. */
  display: string;
  /** https, with a trailing slash. */
  href: string;
  source: string;
  checked: string;
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

/** Which contacts an outcome shows. */
export interface OutcomeContacts {
  /** The contacts of the one primary action, first and largest. */
  primary: readonly ContactId[];
  /** Further contacts, under the outcome's own "also" heading. */
  secondary: readonly ContactId[];
  /** Whether the local non-emergency lines are listed after the primary action. */
  showsLocalLines: boolean;
}

export interface Jurisdiction {
  place: Place;
  /** index.html's <meta name="description"> (the build puts it in), in English like the
   *  prerendered page. Its <title> is the app's name and the place's English name. */
  description: string;
  /** Every number and address the tool shows, with where it was read. */
  contacts: Record<ContactId, Contact>;
  /** Local law enforcement, non-emergency, in the order listed. */
  localLines: readonly ContactId[];
  outcomes: Record<OutcomeId, OutcomeContacts>;
  /** "This is happening to me": the first call, then the hotlines (by text before call). */
  aboutMe: { first: ContactId; hotlines: readonly ContactId[] };
  /** The learn pages' organisations, in the order listed. */
  organizations: Record<string, Organization>;
  /** The law the learn page quotes, word for word in its own language (never translated). */
  law: { kind: 'law'; citation: string; language: 'en'; clauses: readonly string[] };
  /** Kiosk mode's timers when the address does not set them. */
  kiosk: { idleSeconds: number; countdownSeconds: number };
}
