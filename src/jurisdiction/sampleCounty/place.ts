// Sample County, Examplia: a second fictional place, smaller than most: English and Spanish only, a
// State's Attorney rather than a District Attorney, and none of the optional contacts (no state
// hotlines, no child advocacy center, no local non-emergency lines), so the tests prove that a place
// with less shows no empty section and needs no test edited. Every fact is made up (555-02xx numbers).
import type { Place } from '../types';
import { names } from './names.json';

export const place = {
  names,
  languages: ['en', 'es'],
  emergency: { kind: 'call', display: '911', href: 'tel:911' },
  exitUrl: 'https://example.com/',
} as const satisfies Place;
