// `npm run new-place -- <id>`: a new place, src/jurisdiction/<id>/, copied from
// src/jurisdiction/template/, in which every value to replace is in [brackets] and every number is a
// placeholder marked unverified. A place is known by its folder alone (src/build/place.mjs), so
// `PLACE=<id>` chooses it at once; then this prints the steps left.
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { knownPlaces } from './place.mjs';

const root = join(import.meta.dirname, '..', '..');
const [id, ...rest] = process.argv.slice(2);
const into = rest[0] === '--root' ? rest[1] : root;

if (!/^[a-z][A-Za-z0-9]*$/.test(id ?? '') || id === 'template') {
  console.error('Usage: npm run new-place -- <id>, a name in camelCase such as larimerCounty (letters and digits).');
  process.exit(2);
}
const dir = join(into, 'src', 'jurisdiction', id);
if (existsSync(dir)) {
  console.error(`${relative(into, dir)} exists already. Known places: ${knownPlaces().join(', ')}.`);
  process.exit(2);
}
cpSync(join(into, 'src', 'jurisdiction', 'template'), dir, { recursive: true });
// Its generated documents, and an empty record of sign-offs.
mkdirSync(join(into, 'docs', id), { recursive: true });
writeFileSync(join(into, 'docs', id, 'signoff.json'), '[]\n');

console.log(`Made ${relative(into, dir)}/ from the template. The steps left (README: Adapt it for another place):
  1. Replace every value in [brackets]: names.json (the place's names), words.json (contact and
     organisation names and descriptions), place.ts (languages, exit site), jurisdiction.ts (numbers,
     addresses, where each was read and when, the law, the kiosk timers). Add the optional contacts
     your place has (a state hotline, a child-abuse line, a child advocacy center).
  2. PLACE=${id} npm run typecheck && PLACE=${id} npm test
  3. PLACE=${id} npm run i18n:status -- --sync    (every translated word gets a review record)
  4. PLACE=${id} npm run docs                     (docs/${id}/: contacts and review text)
  5. PLACE=${id} npm run review                   (the review pack to read and sign)
  6. PLACE=${id} npm run signoff -- <language> --name "<name>" --role "<role>"
  7. PLACE=${id} npm run preflight                (refuses until every number is verified and confirmed)
  8. PLACE=${id} npm run build                    (dist/, to deploy)`);
