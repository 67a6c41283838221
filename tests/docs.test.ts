// The generated documents of the place under test (docs/<place>/: its contacts, and the review text
// of every language it offers) are what `npm run docs` makes from the machine, the place's module and
// the locale files now, so every change to a route, a number or a word shows up in the diff of the
// commit that makes it. The review text is the content's regression test: it lists every line of
// every screen, so dropping a checklist item, a contact or a sentence fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docsDir, renderDocs } from '../src/docs/docs';
import { contactIds, contacts, hasContact } from '../src/flow/contacts';
import { outcomes } from '../src/flow/outcomes';
import { place } from '../src/jurisdiction/currentPlace';
import { awaitingConfirmation } from '../src/launch/confirmations';
import { buildPacks, reviewDir } from '../src/review/pack';

const docs = await renderDocs();
const committed = (file: string) => readFileSync(join(process.cwd(), file), 'utf8');

describe(docsDir, () => {
  it.each(Object.keys(docs))('%s is current', (file) => {
    expect(committed(file) === docs[file], `${file} is stale: run \`npm run docs\` and commit the result`).toBe(true);
  });

  it('has the review text of every language the place offers', () => {
    for (const language of place.languages) expect(Object.keys(docs)).toContain(`${reviewDir}/${language}.md`);
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

// Rendering a pack takes a few seconds on a busy machine.
describe('the review pack to print and sign', { timeout: 60_000 }, () => {
  const other = place.languages.find((language) => language !== 'en');

  it('has a cover with the content hash, every outcome, and a sign-off block for that hash', async () => {
    const [pack] = await buildPacks([other ?? 'en']);
    expect(pack.html).toContain(`<dt>Content hash</dt><dd><code>${pack.contentHash}</code>`);
    expect(pack.html).toMatch(new RegExp(`<h2>Sign-off</h2>[\\s\\S]*Content hash signed: <code>${pack.contentHash}</code>[\\s\\S]*<th scope="col">Signature</th>`));
    expect(pack.markdown).toContain(`Content hash signed: \`${pack.contentHash}\``);
  });

  // Where the place offers a language besides English.
  if (other) {
    it('puts every line of a translation beside its English, in two columns', async () => {
      const [pack] = await buildPacks([other]);
      const rows = pack.html.match(/<tr><th scope="row">[\s\S]*?<\/tr>/g) ?? [];
      expect(rows.length).toBeGreaterThan(100);
      // Each row: the line's kind, the translation (in its own language), the English.
      for (const row of rows) expect(row.match(/<td lang="[^"]+"/g)!.map((cell) => cell.slice(10, -1))).toEqual([other, 'en']);
    });
  }
});

describe('the committed review text catches a change to what an outcome shows', { timeout: 60_000 }, () => {
  const english = `${reviewDir}/en.md`;
  const englishText = async () => (await buildPacks(['en']))[0].markdown;

  it('when one item of a checklist is dropped', async () => {
    const row = outcomes.lawEnforcementResult;
    const kept = row.avoid;
    Object.assign(row, { avoid: kept.slice(0, -1) });
    try {
      expect(await englishText()).not.toBe(committed(english));
    } finally {
      Object.assign(row, { avoid: kept });
    }
    expect(await englishText()).toBe(committed(english));
  });

  it('when a contact is dropped from an outcome', async () => {
    const row = outcomes.adultResult;
    const kept = row.secondary;
    // One the place has, so the outcome shows it.
    const shown = kept.find((slot) => slot !== 'localLines' && hasContact(slot));
    expect(shown).toBeDefined();
    Object.assign(row, { secondary: kept.filter((slot) => slot !== shown) });
    try {
      expect(await englishText()).not.toBe(committed(english));
    } finally {
      Object.assign(row, { secondary: kept });
    }
  });
});
