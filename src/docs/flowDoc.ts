// Renders docs/flow.md: a Mermaid chart of every question, answer and outcome, and a ledger of every
// path with what its outcome shows, all drawn from the machine and the data (npm run docs).
import en from '../../locales/en/translation.json';
import enOutcome from '../../locales/en/outcome.json';
import { contacts } from '../flow/contacts';
import { resultIds, type ResultId } from '../flow/outcomes';
import { oldestCheck, shownContacts, type ContactRole } from '../flow/shownContacts';
import type { WizardEvent } from '../flow/wizardMachine';
import { allStates, flowPaths, type Step } from './machineWalk';
import { contactName, englishText, generatedNote } from './words';

const roleNames: Record<ContactRole, string> = {
  emergencyLine: '911 line (every screen)',
  primary: 'primary action',
  localLines: 'local line',
  secondary: 'more help',
  interpreters: 'interpreters line (languages other than English)',
  daLine: "DA's line",
};

const isOutcome = (id: string): id is ResultId => (resultIds as readonly string[]).includes(id);

/** A question's or outcome's English heading. */
function heading(id: string): string {
  return isOutcome(id)
    ? englishText(enOutcome, `outcomes.${id}.title`, { emergency: contacts.emergency.channels[0].display })
    : englishText(en, `questions.${id}.title`);
}

/** An event as a reviewer reads it: the answer's English words and its id, or the event's name. */
function eventLabel(from: string, event: WizardEvent): string {
  if (event.type !== 'answer') {
    // Events that are not answers (such as aboutMe) are named by the control that sends them.
    const words = englishText(en, `common.${event.type}`);
    return words ? `${words} (${event.type})` : event.type;
  }
  const words = englishText(en, `questions.${from}.answers.${event.answer}`);
  return words ? `${words} (${event.answer})` : event.answer;
}

/** Mermaid text in double quotes: only the quote itself needs escaping. */
const quoted = (text: string) => `"${text.replace(/"/g, '#quot;')}"`;

function chart(steps: Step[]): string[] {
  const nodes = allStates().map(({ id }) =>
    isOutcome(id) ? `  ${id}([${quoted(`${id}<br/>${heading(id)}`)}])` : `  ${id}[${quoted(`${id}<br/>${heading(id)}`)}]`,
  );
  const edges = [...new Set(steps.map(({ from, event, to }) => `  ${from} -->|${quoted(eventLabel(from, event))}| ${to}`))];
  return ['```mermaid', 'flowchart TD', ...nodes, ...edges, '```'];
}

function ledgerRow(index: number, steps: Step[], end: string): string {
  const answers = steps.map(({ from, event }) => `${from}: ${eventLabel(from, event)}`).join(' → ');
  const shown = isOutcome(end)
    ? shownContacts(end)
        .map(({ role, contact, channels }) => {
          const links = channels.map((channel) => channel.href).join(', ');
          return `${roleNames[role]}: ${contactName(contact)} ${links}`;
        })
        .join('<br>')
    : '(not an outcome)';
  return `| ${index + 1} | ${answers} | \`${end}\` | ${shown} |`;
}

export function renderFlowDoc(): string {
  const paths = flowPaths();
  const outcomesTable = resultIds.map((id) => `| \`${id}\` | ${heading(id)} | ${oldestCheck(id)} |`);
  return [
    '# The decision flow',
    '',
    generatedNote,
    '',
    'Every question (rectangle) and outcome (rounded), and where each answer leads. Every step also',
    'offers Back (to the question answered last) and Start over (to the first question); the chart',
    'leaves those out.',
    '',
    ...chart(paths.flatMap((path) => path.steps)),
    '',
    '## Outcomes',
    '',
    'The check date is the oldest among the contacts the outcome shows; the outcome says it on screen',
    'and on the printed handout.',
    '',
    '| outcome | English heading | numbers checked |',
    '|---|---|---|',
    ...outcomesTable,
    '',
    '## Every path',
    '',
    `${paths.length} paths. Each line: the answers in order, the outcome, and every contact and link`,
    'that outcome shows, in the order the screen shows them.',
    '',
    '| # | answers, in order | outcome | contacts and links shown |',
    '|---|---|---|---|',
    ...paths.map((path, index) => ledgerRow(index, path.steps, path.end)),
    '',
  ].join('\n');
}
