// The generated documents of the place under test (docs/<place>/) are what `npm run docs` makes from
// the machine, the place's module and the locale files now, so every change to a route, a number or
// a word shows up in the diff of the commit that makes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsDir, renderDocs } from '../src/docs/docs';
import { contactIds, contacts } from '../src/flow/contacts';
import { awaitingConfirmation } from '../src/launch/confirmations';

const docs = await renderDocs();

describe(docsDir, () => {
  it.each(Object.keys(docs))('%s is current', (file) => {
    const written = readFileSync(join(process.cwd(), file), 'utf8');
    expect(written === docs[file], `${file} is stale: run \`npm run docs\` and commit the result`).toBe(true);
  });

  it('contacts.md lists every contact, and under "Confirm before launch" every one still awaiting the county', () => {
    const [table, confirm] = docs[`${docsDir}/contacts.md`].split('## Confirm before launch');
    for (const id of contactIds) expect(table).toContain(`| \`${id}\` |`);
    const [list] = confirm.split('\n## ');
    for (const id of contactIds) {
      if (awaitingConfirmation(contacts[id]).length > 0) expect(list).toContain(`(\`${id}\`)`);
      else expect(list).not.toContain(`(\`${id}\`)`);
    }
  });
});
