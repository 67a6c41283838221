// Boulder County's first-screen facts: its names in each language (from words.json, where
// translators' tools reach them), the languages offered, 911 and the exit site. Kept apart from the
// directory so the first screen loads without it.
import type { Place } from '../types';
import { names } from './names.json';

export const place = {
  // Russian sentences decline the word for county themselves ("округ", "округа"), so its county
  // form is the bare name; Russian and Arabic sentences carry the word for state themselves.
  names,
  languages: ['en', 'es', 'vi', 'zh-Hans', 'ar', 'ru'],
  emergency: { kind: 'call', display: '911', href: 'tel:911' },
  exitUrl: 'https://www.weather.gov/',
} as const satisfies Place;
