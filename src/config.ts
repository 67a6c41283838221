// Settings a publisher may change, kept in one place. The exit site is the place's
// (src/jurisdiction/current.ts).
import { place } from './jurisdiction/currentPlace';

/** Where "Exit this page" goes (the place's choice: a neutral site). */
export const exitUrl: string = place.exitUrl;

/** Shift presses that exit, and the most time allowed between two of them (GOV.UK: 3 within a few seconds). */
export const exitShortcut = { presses: 3, withinMs: 5000 };
