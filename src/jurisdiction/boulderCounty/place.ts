// Boulder County's first-screen facts: its names in each language, the languages offered, 911 and
// the exit site. Kept apart from the directory so the first screen loads without it.
import type { Place } from '../types';

export const place = {
  names: {
    // Russian sentences decline the word for county themselves ("округ", "округа"), so its form
    // here is the bare name.
    county: { en: 'Boulder County', es: 'Condado de Boulder', vi: 'Quận Boulder', 'zh-Hans': '博尔德县', ar: 'مقاطعة بولدر', ru: 'Боулдер' },
    // Russian and Arabic sentences carry the word for state ("штата", "ولاية") themselves.
    state: { en: 'Colorado', es: 'Colorado', vi: 'Colorado', 'zh-Hans': '科罗拉多州', ar: 'كولورادو', ru: 'Колорадо' },
    place: {
      en: 'Boulder County, Colorado',
      es: 'Condado de Boulder, Colorado',
      vi: 'Quận Boulder, Colorado',
      'zh-Hans': '科罗拉多州博尔德县',
      ar: 'مقاطعة بولدر، ولاية كولورادو',
      ru: 'Округ Боулдер, Колорадо',
    },
  },
  languages: ['en', 'es', 'vi', 'zh-Hans', 'ar', 'ru'],
  emergency: { kind: 'call', display: '911', href: 'tel:911' },
  exitUrl: 'https://www.weather.gov/',
} as const satisfies Place;
