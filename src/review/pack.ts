// The review pack of one language: one document a reviewer at the prosecutor's office, or a
// translator, reads and signs. Every screen as the tool renders it (src/review/screens.tsx), line by
// line and, for a translation, beside its English; the flow in words; which answers lead to each
// outcome; what a screen reader says; the contacts still to confirm and the strings still in draft;
// a sign-off block with the content hash being signed. Written as Markdown (committed, so every
// change of a word shows in a diff) and as HTML for print and PDF (npm run review).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getInitialSnapshot, getNextSnapshot } from 'xstate';
import { placeDir, selectedPlace } from '../build/place.mjs';
import { contactIds, contacts } from '../flow/contacts';
import { isOutcome, outcomeIds, type OutcomeId } from '../flow/outcomeIds';
import { isQuestion, type QuestionId } from '../flow/questions';
import { wizardMachine, type StepId } from '../flow/wizardMachine';
import { forwardEvents, wizardPaths } from '../flow/wizardPaths';
import { dayOf } from '../i18n/dates';
import { counts, readLocales, readPlaceWords, statusOf, type Locales } from '../i18n/reviewStatus';
import { supportedLanguages } from '../i18n/supportedLanguages';
import { jurisdiction } from '../jurisdiction/current';
import { awaitingConfirmation, channelAwaitsConfirmation } from '../launch/confirmations';
import { linesOf, pairLines, type Line } from './lines';
import { renderEnglishOnlyScreens, renderScreens, type RenderedScreen } from './screens';
import { packWords, type PackWords } from './words';

/** Where the committed review text lives, per place and language. */
export const reviewDir = `docs/${selectedPlace()}/review`;

const languageName = (code: string) => supportedLanguages.find((language) => language.code === code)?.name ?? code;

/** A part of the pack: a titled run of screens, or of plain paragraphs. */
interface Part {
  title: string;
  screens: PackScreen[];
}

interface PackScreen {
  title: string;
  /** Plain sentences before the lines (which answers lead to an outcome). */
  notes: string[];
  /** The language's lines beside their English (the same line twice in the English pack). */
  lines: [Line | undefined, Line | undefined][];
}

export interface Pack {
  language: string;
  /** The hash of every word the pack shows: what a sign-off signs. */
  contentHash: string;
  markdown: string;
  html: string;
}

/** The questions in the order a person first meets them, and the outcomes in the machine's order. */
function order() {
  const questions: QuestionId[] = [];
  for (const { steps } of wizardPaths()) for (const { from } of steps) if (isQuestion(from) && !questions.includes(from)) questions.push(from);
  return { questions, outcomes: [...outcomeIds] };
}

/** The contact a link dials or opens, if it is one that still awaits the county's confirmation
 *  (the reasons are listed once, under Open decisions). */
function flagFor(href: string): string | undefined {
  const id = contactIds.find((contact) => contacts[contact].channels.some((channel) => channel.href === href && channelAwaitsConfirmation(contacts[contact], channel)));
  return id ? `to confirm: ${contacts[id].name.en}` : undefined;
}

/** Every body of strings a person sees, for the review counts: the locale files and the place's words. */
function bodies(root: string): Locales[] {
  return [readLocales(join(root, 'locales')), readPlaceWords(placeDir())];
}

/** The packs of these languages (English's content hash is on every cover, so it is built first). */
export async function buildPacks(languages: readonly string[], root = process.cwd()): Promise<Pack[]> {
  const english = await buildPack('en', root);
  return Promise.all(languages.map((language) => (language === 'en' ? english : buildPack(language, root, english.contentHash))));
}

async function buildPack(language: string, root: string, englishHash?: string): Promise<Pack> {
  const words = await packWords(language, root);
  const english = language === 'en' ? words : await packWords('en', root);
  const { questions, outcomes } = order();
  // The handout says the day it was printed: the pack says so in words, not with today's date.
  const undated = (rendered: RenderedScreen[], code: string) =>
    rendered.map((screen) => ({ ...screen, html: screen.html.replaceAll(dayOf(code), '[the day it is printed]') }));
  const screens = undated(renderScreens(words.i18n, questions, outcomes, language), language);
  const englishScreens = language === 'en' ? screens : undated(renderScreens(english.i18n, questions, outcomes, language), 'en');
  const onlyEnglish = renderEnglishOnlyScreens(english.i18n);
  const paired = (screen: RenderedScreen, index: number): PackScreen['lines'] => {
    const own = linesOf(screen.html);
    return language === 'en' ? own.map((line) => [line, line]) : pairLines(own, linesOf(englishScreens[index].html));
  };

  const screenTitle = (screen: RenderedScreen, lines: PackScreen['lines']) => lines.find(([line]) => line?.kind === 'heading')?.[1]?.text ?? screen.id;
  const partOf = (part: RenderedScreen['part']) =>
    screens.flatMap((screen, index) => {
      if (screen.part !== part) return [];
      const lines = paired(screen, index);
      if (lines.length === 0) return [];
      return [{ title: screenTitle(screen, lines), notes: isOutcome(screen.id) ? reachedBy(screen.id, english) : [], lines }];
    });
  const englishOnly = onlyEnglish.map((screen) => {
    const lines = linesOf(screen.html).map((line): [Line, Line] => [line, line]);
    return { title: english.otherTitle(screen.id), notes: [english.shownInEnglish], lines };
  });

  const parts: Part[] = [
    { title: 'The first page, whole: what every screen shares, and the first question', screens: partOf('page') },
    { title: 'Questions', screens: partOf('question') },
    { title: 'Outcomes', screens: partOf('outcome') },
    { title: 'Learn about sex trafficking', screens: partOf('learn') },
    {
      title: 'Other screens',
      screens: [
        ...screens.flatMap((screen, index) => {
          if (screen.part !== 'other') return [];
          const lines = paired(screen, index);
          return lines.length > 0 ? [{ title: english.otherTitle(screen.id), notes: [], lines }] : [];
        }),
        ...englishOnly,
      ],
    },
    { title: 'Short messages', screens: [{ title: 'Shown for a moment, or read only by screen readers', notes: [], lines: messages(words, english) }] },
  ];
  const flow = flowOutline(english);
  const transcript = screenReaderTranscript(language, root);
  const content = [flow, ...parts.map((part) => contentText(part)), transcript].join('\n');
  const contentHash = createHash('sha256').update(content).digest('hex').slice(0, 16);

  const status = bodies(root).map((body) => (language === 'en' ? undefined : body)).filter((body) => body?.translations[language]);
  const count = { reviewed: 0, draft: 0, stale: 0, missing: 0 };
  const drafts: string[] = [];
  for (const body of status) {
    const words = body!.translations[language];
    for (const [state, n] of Object.entries(counts(body!.review, body!.english, words, language))) count[state as keyof typeof count] += n;
    for (const [key, text] of Object.entries(body!.english)) {
      const state = statusOf(body!.review[language]?.[key], text, words[key] ?? '');
      if (state !== 'reviewed') drafts.push(`${state === 'changed' ? 'draft' : state}: \`${key}\` ${words[key] ?? '(none)'}`);
    }
  }
  const toConfirm = contactIds.flatMap((id) => {
    const reasons = awaitingConfirmation(contacts[id]);
    return reasons.length > 0 ? [`${contacts[id].name.en}: ${reasons.join(' ')}`] : [];
  });

  const model = { language, contentHash, englishHash: englishHash ?? contentHash, count, drafts, toConfirm, flow, parts, transcript };
  return { language, contentHash, markdown: markdown(model), html: html(model) };
}

/** The answers that lead to an outcome, in plain words, one line per way there. */
function reachedBy(outcome: OutcomeId, english: PackWords): string[] {
  const ways = wizardPaths()
    .filter((path) => path.end === outcome)
    .map(({ steps }) => steps.map((step) => `${english.question(step.from as QuestionId)} ${english.control(step.event)}`).join(' → '));
  return [`Reached by (${ways.length} ${ways.length === 1 ? 'way' : 'ways'}):`, ...ways.map((way) => `- ${way}`)];
}

/** The flow as an indented outline in words: each question, each answer and where it leads. */
function flowOutline(english: PackWords): string {
  const { questions } = order();
  const number = (question: QuestionId) => questions.indexOf(question) + 1;
  const lines = questions.flatMap((question) => {
    const snapshot = snapshotAt(question);
    const answers = forwardEvents(snapshot).filter((event) => event.type === 'answer');
    return [
      `${number(question)}. ${english.question(question)}`,
      ...answers.map((event) => {
        const next = getNextSnapshot(wizardMachine, snapshot, event).value as StepId;
        const to = isQuestion(next) ? `question ${number(next)}` : `outcome: ${english.outcomeTitle(next)}`;
        return `   - ${english.control(event)} → ${to}`;
      }),
    ];
  });
  const aboutMe = `Every question also offers "${english.control({ type: 'aboutMe' })}" → outcome: ${english.outcomeTitle('aboutMeResult')}. It answers nothing; Back returns to the question.`;
  const always = 'Every step also offers Back (to the question answered last) and Start over (to the first question).';
  return [...lines, '', aboutMe, always].join('\n');
}

/** The machine's state at a question, reached the shortest way. */
function snapshotAt(question: QuestionId) {
  let snapshot = getInitialSnapshot(wizardMachine);
  const path = wizardPaths().find(({ steps }) => steps.some((step) => step.from === question));
  for (const step of path?.steps ?? []) {
    if (snapshot.value === question) break;
    snapshot = getNextSnapshot(wizardMachine, snapshot, step.event);
  }
  return snapshot;
}

/** Strings shown for a moment or only to screen readers, with the values they take. */
function messages(words: PackWords, english: PackWords): PackScreen['lines'] {
  return words.messages().map((line, index): [Line, Line] => [line, english.messages()[index]]);
}

/** What a screen reader says on one path to each outcome, where the transcript has been written. */
function screenReaderTranscript(language: string, root: string): string {
  const file = join(root, `docs/${selectedPlace()}/screen-reader/${language}.md`);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

type Model = {
  language: string;
  contentHash: string;
  englishHash: string;
  count: Record<'reviewed' | 'draft' | 'stale' | 'missing', number>;
  drafts: string[];
  toConfirm: string[];
  flow: string;
  parts: Part[];
  transcript: string;
};

const kindName: Record<Line['kind'], string> = {
  heading: 'Heading',
  text: 'Text',
  item: 'List item',
  link: 'Link',
  button: 'Button',
  disclosure: 'Opens a list',
  choice: 'Choice',
  quote: 'Law, quoted',
};

const describeKind = (line: Line) => `${kindName[line.kind]}${line.only === 'print' ? ' (printed only)' : line.only === 'screen' ? ' (screen only)' : ''}`;
const lineText = (line: Line | undefined) => (line ? line.text + line.links.map((href) => ` → ${href}`).join('') : '—');

/** The words of a part, as the content hash counts them. */
function contentText(part: Part): string {
  return [part.title, ...part.screens.flatMap((screen) => [screen.title, ...screen.notes, ...screen.lines.map(([own, en]) => `${lineText(own)} | ${lineText(en)}`)])].join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdown(model: Model): string {
  const translated = model.language !== 'en';
  const place = jurisdiction.place.names.place.en;
  const head = translated ? `| | ${languageName(model.language)} | English |\n|---|---|---|` : '| | English |\n|---|---|';
  const row = ([own, en]: [Line | undefined, Line | undefined]) => {
    const line = own ?? en!;
    const flags = line.links.map(flagFor).filter(Boolean).map((flag) => `<br>⚑ ${flag}`).join('');
    return translated
      ? `| ${describeKind(line)} | ${cell(lineText(own))}${flags} | ${cell(lineText(en))} |`
      : `| ${describeKind(line)} | ${cell(lineText(own))}${flags} |`;
  };
  return [
    `# Review pack: ${place}, ${languageName(model.language)} (${model.language})`,
    '',
    '<!-- Generated by `npm run docs` (and `npm run review`, which also writes the HTML and PDF) from the',
    'screens themselves: do not edit by hand. `npm test` fails when it is stale. -->',
    '',
    `- Content hash of this language: \`${model.contentHash}\` (what a sign-off signs)`,
    `- Content hash of the English: \`${model.englishHash}\``,
    translated
      ? `- Strings in ${languageName(model.language)}: ${model.count.reviewed} reviewed, ${model.count.draft} draft, ${model.count.stale} stale, ${model.count.missing} missing`
      : '- English is the reference: every other language is translated from it.',
    `- Contacts awaiting the county's confirmation: ${model.toConfirm.length}`,
    '',
    translated
      ? 'Each screen is listed line by line as the tool shows it, each line beside the English it translates. ⚑ marks a number or address the county has not yet confirmed.'
      : 'Each screen is listed line by line as the tool shows it. ⚑ marks a number or address the county has not yet confirmed.',
    '',
    '## The flow',
    '',
    model.flow,
    '',
    ...model.parts.flatMap((part) => [
      `## ${part.title}`,
      '',
      ...part.screens.flatMap((screen) => [`### ${screen.title}`, '', ...(screen.notes.length ? [...screen.notes, ''] : []), head, ...screen.lines.map(row), '']),
    ]),
    ...(model.transcript ? ['## What a screen reader says', '', model.transcript.trim(), ''] : []),
    '## Open decisions',
    '',
    '### Contacts to confirm before launch',
    '',
    ...(model.toConfirm.length ? model.toConfirm.map((item) => `- [ ] ${item}`) : ['None: every contact is confirmed.']),
    '',
    ...(translated
      ? [`### Strings not yet reviewed in ${languageName(model.language)}`, '', ...(model.drafts.length ? model.drafts.map((item) => `- ${item}`) : ['None.']), '']
      : []),
    '## Sign-off',
    '',
    `Content hash signed: \`${model.contentHash}\``,
    '',
    '| Name | Role | Date | Signature |',
    '|---|---|---|---|',
    '| | | | |',
    '',
    `Record it with \`npm run signoff -- ${model.language} --name "<name>" --role "<role>"\` (docs/${selectedPlace()}/signoff.json).`,
    '',
  ].join('\n');
}

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function html(model: Model): string {
  const translated = model.language !== 'en';
  const place = jurisdiction.place.names.place.en;
  const dir = supportedLanguages.find((language) => language.code === model.language)?.dir ?? 'ltr';
  const cellHtml = (line: Line | undefined, lang: string, cellDir: string) =>
    `<td lang="${lang}" dir="${cellDir}">${line ? escapeHtml(line.text) + line.links.map((href) => `<span class="href" dir="ltr">${escapeHtml(href)}</span>`).join('') : '—'}</td>`;
  const row = ([own, en]: [Line | undefined, Line | undefined]) => {
    const line = own ?? en!;
    const flags = line.links.map(flagFor).filter(Boolean).map((flag) => `<div class="flag">⚑ ${escapeHtml(flag!)}</div>`).join('');
    return `<tr><th scope="row">${escapeHtml(describeKind(line))}${flags}</th>${cellHtml(own, model.language, dir)}${translated ? cellHtml(en, 'en', 'ltr') : ''}</tr>`;
  };
  const columns = translated ? `<th scope="col">${escapeHtml(languageName(model.language))}</th><th scope="col">English</th>` : '<th scope="col">English</th>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Review pack: ${escapeHtml(place)}, ${escapeHtml(languageName(model.language))}</title>
<style>
body { font: 10pt/1.35 "DejaVu Sans", system-ui, sans-serif; color: #111; margin: 0; }
h1 { font-size: 20pt; } h2 { font-size: 14pt; break-before: page; border-bottom: 2px solid #1d3557; } h3 { font-size: 11pt; margin-block: 1.2em 0.3em; break-after: avoid; }
.cover { break-after: page; } .cover dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1em; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-block-end: 0.5em; }
th, td { border: 1px solid #bbb; padding: 0.25em 0.4em; vertical-align: top; text-align: start; overflow-wrap: anywhere; }
tbody th { width: 15%; font-weight: normal; color: #444; background: #f4f6f8; }
thead th { background: #1d3557; color: #fff; }
tr { break-inside: avoid; }
.href { display: block; color: #555; font-size: 8.5pt; }
.flag { color: #8a1c1c; font-weight: bold; font-size: 8.5pt; }
pre { white-space: pre-wrap; font: inherit; }
.signoff td { height: 3em; }
@page { size: Letter; margin: 14mm; }
</style></head><body>
<section class="cover">
<h1>Review pack</h1>
<p><strong>What Should I Do?</strong> for ${escapeHtml(place)}: every word a person sees, in ${escapeHtml(languageName(model.language))}${translated ? ', beside the English it translates' : ''}.</p>
<dl>
<dt>Place</dt><dd>${escapeHtml(place)} (<code>${selectedPlace()}</code>)</dd>
<dt>Language</dt><dd>${escapeHtml(languageName(model.language))} (${model.language})</dd>
<dt>Content hash</dt><dd><code>${model.contentHash}</code> (this language; what a sign-off signs)</dd>
<dt>English content hash</dt><dd><code>${model.englishHash}</code></dd>
<dt>Commit</dt><dd><code>${escapeHtml(process.env.REVIEW_COMMIT ?? 'unknown')}</code></dd>
<dt>Date</dt><dd>${escapeHtml(process.env.REVIEW_DATE ?? new Date().toISOString().slice(0, 10))}</dd>
${translated ? `<dt>Strings</dt><dd>${model.count.reviewed} reviewed, ${model.count.draft} draft, ${model.count.stale} stale, ${model.count.missing} missing</dd>` : ''}
<dt>To confirm</dt><dd>${model.toConfirm.length} contact(s) awaiting the county's confirmation (⚑)</dd>
</dl>
</section>
<h2>The flow</h2>
<pre>${escapeHtml(model.flow)}</pre>
${model.parts
  .map(
    (part) =>
      `<h2>${escapeHtml(part.title)}</h2>\n${part.screens
        .map(
          (screen) =>
            `<h3>${escapeHtml(screen.title)}</h3>${screen.notes.length ? `<pre>${escapeHtml(screen.notes.join('\n'))}</pre>` : ''}<table><thead><tr><th scope="col">Line</th>${columns}</tr></thead><tbody>${screen.lines.map(row).join('')}</tbody></table>`,
        )
        .join('\n')}`,
  )
  .join('\n')}
${model.transcript ? `<h2>What a screen reader says</h2><pre>${escapeHtml(model.transcript)}</pre>` : ''}
<h2>Open decisions</h2>
<h3>Contacts to confirm before launch</h3>
<ul>${model.toConfirm.length ? model.toConfirm.map((item) => `<li>☐ ${escapeHtml(item)}</li>`).join('') : '<li>None: every contact is confirmed.</li>'}</ul>
${translated ? `<h3>Strings not yet reviewed</h3><ul>${model.drafts.map((item) => `<li>${escapeHtml(item.replaceAll('`', ''))}</li>`).join('') || '<li>None.</li>'}</ul>` : ''}
<h2>Sign-off</h2>
<p>I have read every line of this pack and approve it for publication.</p>
<p>Content hash signed: <code>${model.contentHash}</code></p>
<table class="signoff"><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Date</th><th scope="col">Signature</th></tr></thead><tbody><tr><td></td><td></td><td></td><td></td></tr><tr><td></td><td></td><td></td><td></td></tr></tbody></table>
</body></html>
`;
}
