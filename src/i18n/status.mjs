// `npm run i18n:status`: per language, how many strings are reviewed, draft and stale, counting the
// locale files and the words of the place this build serves (PLACE).
//   -- --sync                          add draft entries for new strings (never marks anything reviewed)
//   -- --reviewed <lng> [key prefix…]  a qualified translator approved these strings as they are now
//   -- --draft <lng> [key prefix…]     these strings were re-translated from the current English
//   -- --list <lng>                    every string of a language not yet reviewed, with its English
// See locales/README.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importSource, root } from '../build/importSource.mjs';
import { placeDir } from '../build/place.mjs';

const status = await importSource('/src/i18n/reviewStatus.ts');
/** Each body of strings with its own review record: the locale files, then the place's words. */
const bodies = [status.readLocales(join(root, 'locales')), status.readPlaceWords(placeDir())];
const [command, language, ...prefixes] = process.argv.slice(2);
const languages = [...new Set(bodies.flatMap((body) => Object.keys(body.translations)))].sort();

function save(body, review) {
  writeFileSync(body.reviewPath, status.serialize(review));
  body.review = review;
}

if (command === '--sync') {
  for (const body of bodies) save(body, status.sync(body.review, body.english, body.translations));
} else if (command === '--reviewed' || command === '--draft') {
  if (!languages.includes(language)) {
    console.error(`Which language? One of: ${languages.join(', ')}`);
    process.exit(2);
  }
  for (const body of bodies) {
    if (body.translations[language]) save(body, status.mark(body.review, body.english, body.translations[language], language, command.slice(2), prefixes));
  }
} else if (command === '--list' && languages.includes(language)) {
  for (const body of bodies) {
    const words = body.translations[language] ?? {};
    for (const [key, english] of Object.entries(body.english)) {
      const state = status.statusOf(body.review[language]?.[key], english, words[key] ?? '');
      if (state !== 'reviewed') console.log(`${state.padEnd(7)}  ${key}\n         en: ${english}\n         ${language}: ${words[key]}\n`);
    }
  }
} else if (command) {
  console.error('Usage: npm run i18n:status [-- --sync | --list <lng> | --reviewed <lng> [prefix…] | --draft <lng> [prefix…]]');
  process.exit(2);
}

const total = bodies.reduce((sum, body) => sum + Object.keys(body.english).length, 0);
console.log(`${total} strings in English (the reference): ${Object.keys(bodies[0].english).length} in locales/, ${Object.keys(bodies[1].english).length} of the place's own\n`);
console.log('language  reviewed  draft  stale  missing');
for (const code of languages) {
  const c = { reviewed: 0, draft: 0, stale: 0, missing: 0 };
  for (const body of bodies) {
    if (!body.translations[code]) continue;
    for (const [state, count] of Object.entries(status.counts(body.review, body.english, body.translations[code], code))) c[state] += count;
  }
  console.log(`${code.padEnd(8)}  ${String(c.reviewed).padStart(8)}  ${String(c.draft).padStart(5)}  ${String(c.stale).padStart(5)}  ${String(c.missing).padStart(7)}`);
}
const found = bodies.flatMap((body) => status.problems(body.review, body.english, body.translations));
if (found.length > 0) {
  console.log(`\n${found.length} problem(s); npm test fails until they are fixed:`);
  for (const problem of found.slice(0, 20)) console.log(`  ${problem}`);
  if (found.length > 20) console.log(`  … and ${found.length - 20} more`);
  process.exitCode = 1;
}
