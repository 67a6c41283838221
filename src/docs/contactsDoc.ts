// Renders docs/contacts.md: every contact with its label, source and check date, which outcomes
// show it, and the list to confirm before launch, all from the jurisdiction module (npm run docs).
import { contactIds, contacts, type ContactId } from '../flow/contacts';
import { organizationIds, organizations } from '../flow/organizations';
import { resultIds } from '../flow/outcomes';
import { shownContacts } from '../flow/shownContacts';
import { contactName, generatedNote } from './words';

/** Table cells hold no line breaks or pipes. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function reach(id: ContactId): string {
  return contacts[id].channels
    .map((channel) => {
      const shown = 'vanity' in channel && channel.vanity ? `${channel.vanity} = ${channel.display}` : channel.display;
      return `${channel.kind} ${shown} (${channel.href})`;
    })
    .join('<br>');
}

const shownOn = (id: ContactId) =>
  resultIds.filter((outcome) => shownContacts(outcome).some(({ contact }) => contact === id));

export function renderContactsDoc(): string {
  const rows = contactIds.map((id) => {
    const contact = contacts[id];
    const outcomes = shownOn(id).map((outcome) => `\`${outcome}\``).join(', ');
    return `| \`${id}\` | ${cell(contactName(id))} | ${reach(id)} | ${contact.verification} | ${cell(contact.source)} | ${contact.checked} | ${outcomes || '(none)'} |`;
  });
  const toConfirm = contactIds
    .filter((id) => contacts[id].verification === 'S' || 'confirmBeforeLaunch' in contacts[id])
    .map((id) => {
      const contact = contacts[id];
      const why = 'confirmBeforeLaunch' in contact ? contact.confirmBeforeLaunch : 'Read in a secondary source only (S).';
      return `- [ ] \`${id}\` ${contactName(id)}: ${why} ${reach(id).replace(/<br>/g, '; ')}`;
    });
  const organizationRows = organizationIds.map((id) => {
    const organization = organizations[id];
    const name = organization.name.en;
    return `| \`${id}\` | ${cell(name)} | ${organization.href} | ${cell(organization.source)} | ${organization.checked} |`;
  });
  return [
    '# Contacts',
    '',
    generatedNote,
    '',
    'Every number and address the tool shows comes from the jurisdiction module (`src/jurisdiction/`). Labels: **V** read in an',
    'official or first-hand source; **S** read in a secondary source only; **seed** stated in the',
    "county's own page. Emergency (911) is on every screen, from the first paint.",
    '',
    '| id | name | how to reach (link) | label | source | checked | shown on |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Confirm before launch',
    '',
    'Every S entry, and every entry whose source may have changed since it was read.',
    '',
    ...toConfirm,
    '',
    '## Learn-more organisations',
    '',
    'Web addresses on the "Learn about sex trafficking" pages (`src/jurisdiction/`).',
    '',
    '| id | name | address | source | checked |',
    '|---|---|---|---|---|',
    ...organizationRows,
    '',
  ].join('\n');
}
