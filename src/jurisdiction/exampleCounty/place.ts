// Example County, Placeholdia: a fictional place, to prove that the tool shows only what a place's
// module says, and what a place ready to launch looks like (everything confirmed, reviewed and
// signed: `PLACE=exampleCounty npm run preflight` passes). English only. Every name, number and
// address is made up (555-01xx numbers, example.org addresses, a state that does not exist).
import type { Place } from '../types';
import { names } from './names.json';

export const place = {
  names,
  languages: ['en'],
  emergency: { kind: 'call', display: '911', href: 'tel:911' },
  exitUrl: 'https://example.org/',
} as const satisfies Place;
