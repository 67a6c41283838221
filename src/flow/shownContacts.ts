// Which contacts an outcome shows, and where on the screen: the one list the check-date line and
// the generated docs (docs/flow.md) both read, so they cannot disagree with each other.
import { contacts, localLines, type Channel, type ContactId } from './contacts';
import { aboutMeChannels, aboutMeResult, aboutMeResultId, outcomes, showsDaLine, type ResultId } from './outcomes';

/** Where on an outcome a contact appears. */
export type ContactRole = 'emergencyLine' | 'primary' | 'localLines' | 'secondary' | 'interpreters' | 'daLine';

export interface ShownContact {
  role: ContactRole;
  contact: ContactId;
  /** The ways to reach it that the screen offers, in its order. */
  channels: readonly Channel[];
}

/**
 * Every contact an outcome shows, in screen order: the 911 line every screen carries, the primary
 * action, the local lines, the secondary contacts, the interpreters line (languages other than
 * English) and the DA's line, which closes every outcome that does not already list the DA's Office.
 */
export function shownContacts(id: ResultId): ShownContact[] {
  const list = (role: ContactRole, ids: readonly ContactId[]) =>
    ids.map((contact) => ({ role, contact, channels: contacts[contact].channels }));
  if (id === aboutMeResultId) {
    // Its own order (docs/README.md): 911, then the hotlines by text before call, then the DA's line.
    return [
      ...list('emergencyLine', ['emergency']),
      ...list('primary', [aboutMeResult.first]),
      ...aboutMeResult.hotlines.map((contact) => ({ role: 'secondary' as const, contact, channels: aboutMeChannels(contact) })),
      ...list('daLine', ['daOffice']),
    ];
  }
  const outcome = outcomes[id];
  return [
    ...list('emergencyLine', ['emergency']),
    ...list('primary', outcome.primary),
    ...list('localLines', outcome.showsLocalLines ? localLines : []),
    ...list('secondary', outcome.secondary),
    ...list('interpreters', ['nationalHotline']),
    ...list('daLine', showsDaLine(outcome) ? ['daOffice'] : []),
  ];
}

/** The oldest check date (ISO) among the contacts an outcome shows: its numbers are that current. */
export function oldestCheck(id: ResultId): string {
  return shownContacts(id)
    .map(({ contact }) => contacts[contact].checked)
    .reduce((oldest, date) => (date < oldest ? date : oldest));
}
