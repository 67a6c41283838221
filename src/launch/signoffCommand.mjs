// `npm run signoff -- <language> --name "<name>" --role "<role>" [--date YYYY-MM-DD]`: records in
// docs/<place>/signoff.json that this person read the language's review pack, as it is now, and
// approved it. The record carries the pack's content hash: any later change of a word needs a new one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource, root } from '../build/importSource.mjs';

const [language, ...rest] = process.argv.slice(2);
const option = (name) => {
  const at = rest.indexOf(`--${name}`);
  return at >= 0 ? rest[at + 1] : undefined;
};
const name = option('name');
const role = option('role');
const date = option('date') ?? new Date().toISOString().slice(0, 10);
const { place } = await importSource('/src/jurisdiction/currentPlace.ts');
if (!place.languages.includes(language) || !name || !role || !/^\d{4}-\d{2}-\d{2}$/.test(date)) {
  console.error(`Usage: npm run signoff -- <language> --name "<name>" --role "<role>" [--date YYYY-MM-DD]; language one of: ${place.languages.join(', ')}`);
  process.exit(2);
}
const { buildPacks } = await importSource('/src/review/pack.ts');
const { readSignOffs, serializeSignOffs, signOffPath } = await importSource('/src/launch/signoffs.ts');
const [{ contentHash }] = await buildPacks([language]);
const signOffs = [...readSignOffs(), { language, name, role, date, hash: contentHash }];
writeFileSync(join(root, signOffPath), serializeSignOffs(signOffs));
console.log(`recorded in ${signOffPath}: ${name} (${role}) signed ${language} on ${date}, content hash ${contentHash}`);
