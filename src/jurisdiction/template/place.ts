// [Your place]'s first-screen facts: its names (names.json), the languages it offers, 911 and the
// exit site. Made by `npm run new-place` from src/jurisdiction/template/: replace every value in
// [brackets], here and in names.json, words.json and jurisdiction.ts (README: Adapt it for another place).
import type { Place } from '../types';
import { names } from './names.json';

export const place = {
  names,
  // English first; add a language here, with its forms in names.json and words.json.
  languages: ['en'],
  emergency: { kind: 'call', display: '911', href: 'tel:911' },
  // A neutral site that says nothing about why someone was here (GOV.UK uses a weather site).
  exitUrl: 'https://www.weather.gov/',
} as const satisfies Place;
