// Renders docs/<place>/contacts.md: every contact with how to reach it, where each number was read
// (label, source, the source's date), when it was last reviewed, which outcomes show it, and the list
// the county confirms before launch; then the learn-more organisations and the facts deliberately
// not shown. All from the place's module and the outcome views (npm run docs).
import { jurisdiction } from '../jurisdiction/current';
import { contactIds, contacts, type ContactId } from '../flow/contacts';
import { outcomeIds, type OutcomeId } from '../flow/outcomeIds';
import { outcomeView } from '../flow/outcomeView';
import { organizationIds, organizations } from '../flow/organizations';
import { awaitingConfirmation, describeSource, sourceOf } from '../launch/confirmations';
import { contactName, generatedNote, outcomeTitle } from './words';

/** Table cells hold no line breaks or pipes. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function reach(id: ContactId): string {
  const contact = contacts[id];
  return contact.channels
    .map((channel) => {
      const shown = channel.vanity ? `${channel.vanity} = ${channel.display}` : channel.display;
      return `${channel.kind} ${shown} (${channel.href}): ${describeSource(sourceOf(contact, channel))}`;
    })
    .join('<br>');
}

/** The outcomes that show a contact, in any language (the interpreters line only outside English). */
function shownOn(id: ContactId): OutcomeId[] {
  return outcomeIds.filter((outcome) =>
    ['en', 'es'].some((language) =>
      outcomeView(outcome, language).sections.some(
        (section) =>
          ((section.kind === 'action' || section.kind === 'contacts') && section.contacts.some((shown) => shown.id === id)) ||
          (section.kind === 'call' && section.contact === id),
      ),
    ),
  );
}

export function renderContactsDoc(): string {
  const place = jurisdiction.place.names.place.en;
  const rows = contactIds.map((id) => {
    const contact = contacts[id];
    const outcomes = shownOn(id).map(outcomeTitle).join('; ');
    const confirmed = contact.confirmed
      ? `${contact.confirmed.by}, ${contact.confirmed.date}`
      : awaitingConfirmation(contact).length > 0
        ? 'not yet'
        : "not needed: in the county's page";
    return `| \`${id}\` | ${cell(contactName(id))} | ${reach(id)} | ${contact.reviewed ?? 'never'} | ${cell(outcomes) || '(none)'} | ${cell(confirmed)} |`;
  });
  const toConfirm = contactIds.flatMap((id) => {
    const reasons = awaitingConfirmation(contacts[id]);
    return reasons.length > 0 ? [`- [ ] **${contactName(id)}** (\`${id}\`): ${reasons.join(' ')}`] : [];
  });
  const organizationRows = organizationIds.map((id) => {
    const organization = organizations[id];
    return `| ${cell(organization.name.en)} | ${organization.href} | ${cell(describeSource(organization.source))} | ${organization.reviewed ?? 'never'} |`;
  });
  return [
    `# Contacts: ${place}`,
    '',
    generatedNote,
    '',
    `Every number and address the tool shows for ${place}, from the place's module`,
    '(`src/jurisdiction/`). Each says where it was read: in the county\'s own page, in an official or',
    'first-hand source, or in a secondary source only. Emergency (911) is on every screen, from the first paint.',
    'Each outcome ends with "Phone numbers last reviewed <month year>": the oldest review date among the',
    'contacts it shows.',
    '',
    '| id | name | how to reach (link): where it was read | last reviewed | shown on | confirmed by the county |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Confirm before launch',
    '',
    "Every number or address that is not in the county's own page, and every entry the prosecutor's",
    'Office must approve, until the county confirms it (`confirmed` in the module). `npm run preflight`',
    'refuses to call the place ready while any is open.',
    '',
    ...(toConfirm.length > 0 ? toConfirm : ['Nothing: every contact is confirmed.']),
    '',
    '## Learn-more organisations',
    '',
    'Web addresses on the "Learn about sex trafficking" pages.',
    '',
    '| name | address | where it was read | last reviewed |',
    '|---|---|---|---|',
    ...organizationRows,
    '',
    '## Not verified, so never shown as fact',
    '',
    ...(jurisdiction.record.notShown.length > 0 ? jurisdiction.record.notShown.map((fact) => `- ${fact}`) : ['Nothing recorded.']),
    '',
    '## Where the checklists\' advice comes from',
    '',
    ...(jurisdiction.record.guidance.length > 0 ? jurisdiction.record.guidance.map((advice) => `- ${advice}`) : ['Nothing recorded.']),
    '',
  ].join('\n');
}
