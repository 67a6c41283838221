// The note a translator reads beside each string: where it appears, in the words of someone looking
// at the screen ("Outcome: Report it to local law enforcement, checklist 'What not to do'"), which
// plural form it is, and what each placeholder and tag stands for. The outcomes come from their one
// description (outcomeView), the questions from the question table; other strings from a short
// table of key prefixes below.
import { outcomeView, type Section, type Text } from '../../flow/outcomeView';
import { outcomeIds } from '../../flow/outcomeIds';
import { questions, type QuestionId } from '../../flow/questions';
import { place } from '../../jurisdiction/currentPlace';
import { supportedLanguages } from '../supportedLanguages';
import { countPlaceholder } from './markup';
import { pluralForms } from './units';

/** English text by unit id (`outcome:outcomes.adultResult.title`, `place:contacts.prosecutor.name`). */
export type English = Readonly<Record<string, string>>;

/** What each placeholder and tag of the sentences stands for, as a translator needs to know it. */
const codeMeanings: Record<string, string> = {
  '{{number}}': 'a phone number, or the number of a question',
  '{{vanity}}': 'a phone number spelled in letters',
  '{{address}}': 'a web address',
  '{{county}}': "the county's name (the place's own word, translated separately)",
  '{{state}}': "the state's name (the place's own word)",
  '{{place}}': "the place's name, county and state (the place's own word)",
  '{{prosecutor}}': "the name of the prosecutor's office (the place's own word)",
  '{{emergency}}': 'the emergency number',
  '{{count}}': 'the number this plural form is used for',
  '{{total}}': 'the most questions any path asks',
  '{{language}}': "a language's own name",
  '{{month}}': 'a month and year',
  '{{date}}': 'a date',
  '{{exit}}': "the 'Exit this page' button's name, as translated",
  '{{source}}': 'the name of the office the guidance comes from (the place\'s own word)',
  '{{organization}}': "an organisation's name",
  '{{citation}}': "a law's citation",
  '{{target}}': 'the web address the QR code opens',
  '<call>': 'the number to dial: the words inside become a link that calls it',
  '<number>': 'a number or address, shown left to right on one line',
};

/** English words with the place's names and numbers filled in, for naming a screen. */
function filled(text: string, english: English): string {
  const values: Record<string, string> = {
    county: place.names.county.en,
    state: place.names.state.en,
    place: place.names.place.en,
    emergency: place.emergency.display,
    prosecutor: english['place:contacts.prosecutor.name'] ?? "District Attorney's Office",
  };
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** Each sentence of a section, with the part of the screen it is, in a reader's words. */
function describe(section: Section, add: (text: Text | undefined, role: string) => void, quote: (text: Text) => string) {
  switch (section.kind) {
    case 'heading':
      return add(section.text, 'the title');
    case 'action':
      add(section.text, 'the main instruction, first and largest');
      return add(section.tip, 'the tip under the main instruction');
    case 'notes':
      add(section.title, 'the heading of the notes');
      return section.items.forEach((item) => add(item, `a note under ${quote(section.title)}`));
    case 'contacts': {
      const lists = { localLines: 'the local non-emergency lines', secondary: 'the further contacts', hotlines: 'the hotlines' };
      return add(section.title, `the heading above ${lists[section.list]}`);
    }
    case 'call':
      return add(section.text, section.line === 'interpreters' ? 'the line offering phone interpreters (not shown in English)' : "the closing line with the prosecutor's number");
    case 'checklist':
      add(section.title, 'the heading of the checklist');
      return section.items.forEach((item) => add(item, `checklist ${quote(section.title)}`));
    case 'text':
      return add(section.text, section.tone === 'tip' ? 'a tip' : 'a paragraph');
    case 'reviewed':
      // Its sentence (reviewedLine) has a date, not a key of its own: see the table below.
      return;
    default: {
      // A new kind of section must say here where its sentences appear.
      const unknown: never = section;
      return unknown;
    }
  }
}

/** Each outcome key shown in `language`, with the outcomes and the part of the screen it is shown in. */
function outcomePlaces(language: string, english: English): Map<string, Map<string, string[]>> {
  const found = new Map<string, Map<string, string[]>>();
  const quote = (text: Text) => `'${filled(english[`outcome:${text.key}`] ?? text.key, english)}'`;
  for (const id of outcomeIds) {
    const title = filled(english[`outcome:outcomes.${id}.title`] ?? id, english);
    const add = (text: Text | undefined, role: string) => {
      if (!text) return;
      const roles = found.get(text.key) ?? new Map<string, string[]>();
      roles.set(role, [...(roles.get(role) ?? []), title]);
      found.set(text.key, roles);
    };
    for (const section of outcomeView(id, language).sections) describe(section, add, quote);
  }
  return found;
}

const questionTitle = (id: QuestionId, english: English) => `'${english[`translation:questions.${id}.title`] ?? id}'`;

const name = (english: English, id: string) => `'${english[`place:contacts.${id}.name`] ?? english[`place:organizations.${id}.name`] ?? id}'`;

/** Where the strings outside the outcomes and questions appear: the first pattern that matches. */
const screens: [RegExp, (match: RegExpExecArray, english: English) => string][] = [
  [/^translation:app\.name$/, () => "The app's name, at the top of every screen"],
  [/^translation:app\.place$/, () => "The place line under the app's name, on every screen"],
  [/^translation:app\.intro$/, () => 'The first screen: the introduction above the first question'],
  [/^translation:emergency\./, () => 'The emergency line at the top of every screen, shown before anything else'],
  [/^translation:common\./, () => 'Shared words: buttons, links and messages used on several screens'],
  [/^translation:crash\./, () => 'The screen shown when something went wrong (the phone numbers stay below it)'],
  [/^translation:exit\./, () => "The 'Exit this page' button, and its keyboard shortcut (pressing Shift three times)"],
  [/^translation:progress\./, () => 'Above each question: how far along the person is'],
  [/^translation:a11y\./, () => 'Read aloud by screen readers only, never shown'],
  [/^outcome:outcomes\.(\w+)\.(\w+)$/, (match, english) => `Outcome: ${filled(english[`outcome:outcomes.${match[1]}.title`] ?? match[1], english)} (${match[2]}; not shown in this place's version)`],
  [/^outcome:reviewedLine$/, () => 'At the end of every outcome: the month the phone numbers were last reviewed'],
  [/^outcome:print\./, () => "Printing an outcome: the 'Print' button and the printed page's date line"],
  [/^outcome:contacts\.(\w+)\.about$/, (match, english) => `A contact card: what ${name(english, match[1])} is for`],
  [/^outcome:channels\./, () => 'Every contact card: the ways to reach the contact (call, text, TTY, web)'],
  [/^outcome:directory\./, () => 'The list of every contact, shown when the app cannot run (no JavaScript, or a crash)'],
  [/^outcome:noscript\./, () => 'Shown when JavaScript is off, above the list of every contact'],
  [/^outcome:notFound\./, () => "The 'page not found' page"],
  [/^outcome:/, () => 'The outcome screens'],
  [/^safety:/, () => "The 'Browsing safely' page"],
  [/^kiosk:/, () => 'Kiosk mode (a shared computer at a school or library): its sign and the "Are you still there?" prompt'],
  [/^learn:pages\.(\w+)\./, (match, english) => `The 'Learn about sex trafficking' pages: the page '${filled(english[`learn:pages.${match[1]}.title`] ?? match[1], english)}'`],
  [/^learn:/, () => "The 'Learn about sex trafficking' pages: their contents page"],
  [/^review:/, () => "The notice shown in every language but English until a qualified translator has reviewed the language's strings"],
  [/^place:names\.county$/, () => "The county's name, put into sentences where they say {{county}}: write it in the form those sentences need"],
  [/^place:names\.state$/, () => "The state's name, put into sentences where they say {{state}}"],
  [/^place:names\.place$/, () => "The place line under the app's name ({{place}}): county and state"],
  [/^place:sources\./, () => "The 'Learn about sex trafficking' pages: the office the guidance comes from ({{source}})"],
  [
    /^place:contacts\.(\w+)\.name$/,
    (match, english) =>
      `A contact's name, on its card${match[1] === 'prosecutor' ? ' and in the sentences that say {{prosecutor}}' : ''} (English: ${name(english, match[1])}); keep the official English name in parentheses where callers will hear it on the phone`,
  ],
  [/^place:contacts\.(\w+)\.about$/, (match, english) => `A contact card: what ${name(english, match[1])} is for`],
  [/^place:organizations\.(\w+)\.name$/, (match, english) => `The 'Learn about sex trafficking' pages: the name of the organisation ${name(english, match[1])}`],
  [/^place:organizations\.(\w+)\.about$/, (match, english) => `The 'Learn about sex trafficking' pages: what the organisation ${name(english, match[1])} does`],
  [/^place:/, () => "The place's own words"],
];

const languageName = (code: string) => supportedLanguages.find((language) => language.code === code)?.name ?? code;

/** Whole numbers a language uses a plural form for: "1, 21, 31, 41, …". */
function examples(language: string, form: string): string {
  const rules = new Intl.PluralRules(language);
  const candidates = [...Array.from({ length: 1001 }, (_, n) => n), 1e4, 1e5, 1e6, 2e6, 1e7, 0.5, 1.5, 2.5];
  const numbers = candidates.filter((n) => rules.select(n) === form).slice(0, 5);
  return `${numbers.map((n) => n.toLocaleString('en-US')).join(', ')}, …`;
}

/** The notes of every unit of one language, by unit id. */
export function notesFor(language: string, english: English) {
  const outcomes = outcomePlaces(language, english);
  return (unit: { id: string; english: string; plural?: string }): string[] => {
    const [namespace, key] = [unit.id.slice(0, unit.id.indexOf(':')), unit.id.slice(unit.id.indexOf(':') + 1)];
    const base = unit.plural ? key.slice(0, -`_${unit.plural}`.length) : key;
    const notes: string[] = [];
    const shown = namespace === 'outcome' ? outcomes.get(base) : undefined;
    const question = /^questions\.(\w+)\.(title|hint)$/.exec(base);
    const answer = namespace === 'translation' ? /^answers\.(\w+)$/.exec(base) : null;
    if (shown) {
      for (const [role, titles] of shown) notes.push(`${titles.length > 1 ? 'Outcomes' : 'Outcome'}: ${titles.join('; ')}, ${role}`);
    } else if (namespace === 'translation' && question && question[1] in questions) {
      notes.push(`Question ${questionTitle(question[1] as QuestionId, english)}${question[2] === 'hint' ? ', the hint under it' : ''}`);
    } else if (answer) {
      const asked = (Object.keys(questions) as QuestionId[]).filter((id) => (questions[id] as readonly string[]).includes(answer[1]));
      notes.push(`An answer button, on the question${asked.length > 1 ? 's' : ''} ${asked.map((id) => questionTitle(id, english)).join('; ')}`);
    } else {
      const found = screens.map(([pattern, describe]) => [pattern.exec(unit.id), describe] as const).find(([match]) => match);
      if (found) notes.push(found[1](found[0]!, english));
    }
    if (unit.plural) {
      const forms = pluralForms(language);
      notes.push(
        `Plural form '${unit.plural}': ${languageName(language)} uses it for ${examples(language, unit.plural)} ` +
          `(its forms: ${forms.join(', ')}). The English shown is its '${unit.plural === 'one' ? 'one' : 'other'}' form. ` +
          `${countPlaceholder} is the number; this form may leave it out and say the number in words.`,
      );
    }
    const codes = [...new Set(unit.english.match(/\{\{[^{}]*\}\}|<[A-Za-z][\w-]*>/g) ?? [])];
    if (codes.length > 0) {
      notes.push(`Keep as they are (your tool shows them as tags): ${codes.map((code) => `${code}${code.startsWith('<') ? `…</${code.slice(1)}` : ''} is ${codeMeanings[code] ?? 'filled in by the app'}`).join('; ')}.`);
    }
    return notes;
  };
}
