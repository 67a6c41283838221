// Settings a publisher may change, kept in one place.

/**
 * Where "Exit this page" goes: a neutral site that says nothing about why someone was here
 * (GOV.UK's Exit this page uses a weather site for the same reason).
 */
export const exitUrl = 'https://www.weather.gov/';

/** Shift presses that exit, and the most time allowed between two of them (GOV.UK: 3 within a few seconds). */
export const exitShortcut = { presses: 3, withinMs: 5000 };
