// The generated content documents, by path from the repository root: written by `npm run docs`,
// compared with the files by tests/docs.test.ts.
import { renderContactsDoc } from './contactsDoc';
import { renderFlowDoc } from './flowDoc';

export function renderDocs(): Record<string, string> {
  return { 'docs/flow.md': renderFlowDoc(), 'docs/contacts.md': renderContactsDoc() };
}
