// Which contacts an outcome shows, and where on the screen: the one list the check-date line and
// the generated docs (docs/flow.md) both read, so they cannot disagree with each other.
import { contacts, localLines, type ContactId } from './contacts';
import { outcomes, showsDaLine, type OutcomeId } from './outcomes';

/** Where on an outcome a contact appears. */
export type ContactRole = 'emergencyLine' | 'primary' | 'localLines' | 'secondary' | 'interpreters' | 'daLine';

export interface ShownContact {
  role: ContactRole;
  contact: ContactId;
}

/**
 * Every contact an outcome shows, in screen order: the 911 line every screen carries, the primary
 * action, the local lines, the secondary contacts, the interpreters line (languages other than
 * English) and the DA's line, which closes every outcome that does not already list the DA's Office.
 */
export function shownContacts(id: OutcomeId): ShownContact[] {
  const outcome = outcomes[id];
  const list = (role: ContactRole, ids: readonly ContactId[]) => ids.map((contact) => ({ role, contact }));
  return [
    ...list('emergencyLine', ['emergency']),
    ...list('primary', outcome.primary),
    ...list('localLines', outcome.localLines ? localLines : []),
    ...list('secondary', outcome.secondary),
    ...list('interpreters', ['nationalHotline']),
    ...list('daLine', showsDaLine(outcome) ? ['daOffice'] : []),
  ];
}

/** The oldest check date (ISO) among the contacts an outcome shows: its numbers are that current. */
export function oldestCheck(id: OutcomeId): string {
  return shownContacts(id)
    .map(({ contact }) => contacts[contact].checked)
    .reduce((oldest, date) => (date < oldest ? date : oldest));
}
