// The content documents in docs/ are what `npm run docs` makes from the machine and the data now,
// so every routing or contact change shows up in the diff of the commit that makes it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocs } from '../src/docs/docs';
import { flowPaths } from '../src/docs/machineWalk';
import { contactIds, contacts } from '../src/flow/contacts';
import { resultIds } from '../src/flow/outcomes';
import { shownContacts } from '../src/flow/shownContacts';

const docs = renderDocs();

describe('docs/', () => {
  it.each(Object.keys(docs))('%s is current', (file) => {
    const written = readFileSync(join(process.cwd(), file), 'utf8');
    expect(written === docs[file], `${file} is stale: run \`npm run docs\` and commit the result`).toBe(true);
  });

  it('the flow chart draws every state of the machine', () => {
    for (const id of resultIds) expect(docs['docs/flow.md']).toMatch(new RegExp(`^  ${id}\\(\\[`, 'm'));
  });

  it('the ledger has one line per path, each with every link its outcome shows', () => {
    const rows = docs['docs/flow.md'].split('\n').filter((line) => /^\| \d+ \|/.test(line));
    const paths = flowPaths();
    expect(rows).toHaveLength(paths.length);
    paths.forEach((path, index) => {
      expect(rows[index]).toContain(`\`${path.end}\``);
      for (const { channels } of shownContacts(path.end as (typeof resultIds)[number])) {
        for (const channel of channels) expect(rows[index]).toContain(channel.href);
      }
    });
  });

  it('contacts.md lists every contact, and every S entry under "Confirm before launch"', () => {
    const [table, confirm] = docs['docs/contacts.md'].split('## Confirm before launch');
    for (const id of contactIds) expect(table).toContain(`| \`${id}\` |`);
    const toConfirm = contactIds.filter((id) => contacts[id].verification === 'S');
    expect(toConfirm.length).toBeGreaterThan(0);
    for (const id of [...toConfirm, 'nationalHotline']) expect(confirm).toContain(`\`${id}\``);
  });
});
