// Kiosk mode is turned on, and tuned, by its address: ?kiosk=1, with optional idle=<seconds>,
// countdown=<seconds>, lng=<default language> and print=1. These are the operator's settings, never
// a person's answers. Anything out of range falls back to the default.
import { detectLanguage, type LanguageCode } from '../i18n/languages';
import { jurisdiction } from '../jurisdiction/current';

export interface KioskSettings {
  /** Seconds without any touch, click, key or movement before asking "Are you still there?". */
  idleSeconds: number;
  /** Seconds the question stays before the screen clears itself. */
  countdownSeconds: number;
  /** The language every new person starts in. */
  defaultLanguage: LanguageCode;
  /** Whether outcomes offer a Print button (only where the kiosk has a printer). */
  printing: boolean;
}

/** The place's timers (src/jurisdiction/current.ts), used when the address sets none. */
export const kioskDefaults = jurisdiction.kiosk;

/** The seconds each timer accepts (README: Kiosk mode says the same; tests/kiosk.test.tsx checks). */
export const kioskRanges = {
  idleSeconds: { min: 15, max: 600 },
  // WCAG 2.2.1: at least 20 seconds to answer a timeout warning.
  countdownSeconds: { min: 20, max: 120 },
} as const;

function seconds(value: string | null, fallback: number, { min, max }: { min: number; max: number }): number {
  const number = Number(value);
  return value !== null && Number.isInteger(number) && number >= min && number <= max ? number : fallback;
}

/** The kiosk settings in this address, or undefined when kiosk mode is off. */
export function kioskSettings(search: string): KioskSettings | undefined {
  const params = new URLSearchParams(search.slice(0, 2000));
  if (params.get('kiosk') !== '1') return undefined;
  return {
    idleSeconds: seconds(params.get('idle'), kioskDefaults.idleSeconds, kioskRanges.idleSeconds),
    countdownSeconds: seconds(params.get('countdown'), kioskDefaults.countdownSeconds, kioskRanges.countdownSeconds),
    defaultLanguage: detectLanguage(search, []),
    printing: params.get('print') === '1',
  };
}
