// Dates in the reader's language, with one formatter per language and format, built once: the
// first Intl.DateTimeFormat of a page loads its locale data, which on a slow phone took tens of
// milliseconds inside the first outcome's render. The fetch ahead builds them while the page is idle.

const formats = {
  /** "November 2026": how current an outcome's numbers are. Noon UTC, formatted in UTC, so the
   *  month never shifts with the reader's time zone. */
  month: { month: 'long', year: 'numeric', timeZone: 'UTC' },
  /** "1 December 2026": the day a handout was printed, in the reader's own time zone. */
  day: { dateStyle: 'long' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

const built = new Map<string, Intl.DateTimeFormat>();

function formatter(language: string, format: keyof typeof formats): Intl.DateTimeFormat {
  const key = `${language} ${format}`;
  let found = built.get(key);
  if (!found) built.set(key, (found = new Intl.DateTimeFormat(language, formats[format])));
  return found;
}

/** The month and year of an ISO date, such as "November 2026". */
export function monthOf(isoDate: string, language: string): string {
  return formatter(language, 'month').format(new Date(`${isoDate}T12:00:00Z`));
}

/** A day, such as "1 December 2026" (today when none is given). */
export function dayOf(language: string, date = new Date()): string {
  return formatter(language, 'day').format(date);
}

/** Builds a language's formatters ahead of need. */
export function prepareDates(language: string) {
  for (const format of Object.keys(formats) as (keyof typeof formats)[]) formatter(language, format);
}
