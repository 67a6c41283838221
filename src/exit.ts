// Exit this page, in one place: where it goes (the place's neutral site), the Shift shortcut, and how
// it leaves (the page replaced, so Back does not return here). The app steps history back to its
// first entry before leaving (useBrowserHistory's `leave`), or on a kiosk starts afresh instead; the
// crash screen leaves at once. boot.js, which cannot import, leaves by the same replace, to the
// address the Exit links carry (src/handover.ts: exitAttribute), which is this module's exitUrl.
import { place } from './jurisdiction/currentPlace';

/** Where "Exit this page" goes (the place's choice: a neutral site). */
export const exitUrl: string = place.exitUrl;

/** Shift presses that exit, and the most time allowed between two of them (GOV.UK: 3 within a few seconds). */
export const exitShortcut = { presses: 3, withinMs: 5000 };

/** Replaces the current history entry with the neutral site, so Back does not return here. */
export function leavePage() {
  window.location.replace(exitUrl);
}
