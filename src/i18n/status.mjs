// `npm run i18n:status`: per language, how many strings are reviewed, draft and stale.
//   -- --sync                          add draft entries for new strings (never marks anything reviewed)
//   -- --reviewed <lng> [key prefix…]  a qualified translator approved these strings as they are now
//   -- --draft <lng> [key prefix…]     these strings were re-translated from the current English
//   -- --list <lng>                    every string of a language not yet reviewed, with its English
// See locales/README.md. Vite's runner imports the TypeScript source directly.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runnerImport } from 'vite';

const root = join(import.meta.dirname, '..', '..');
const localesDir = join(root, 'locales');
const { module: status } = await runnerImport('/src/i18n/reviewStatus.ts', { root, configFile: false, logLevel: 'error' });
const locales = status.readLocales(localesDir);
const [command, language, ...prefixes] = process.argv.slice(2);

function save(review) {
  writeFileSync(join(localesDir, status.reviewFileName), status.serialize(review));
  locales.review = review;
}

if (command === '--sync') {
  save(status.sync(locales.review, locales.english, locales.translations));
} else if (command === '--reviewed' || command === '--draft') {
  if (!(language in locales.translations)) {
    console.error(`Which language? One of: ${Object.keys(locales.translations).join(', ')}`);
    process.exit(2);
  }
  const words = locales.translations[language];
  save(status.mark(locales.review, locales.english, words, language, command.slice(2), prefixes));
} else if (command === '--list' && language in locales.translations) {
  const words = locales.translations[language];
  for (const [key, english] of Object.entries(locales.english)) {
    const state = status.statusOf(locales.review[language]?.[key], english, words[key] ?? '');
    if (state !== 'reviewed') console.log(`${state.padEnd(7)}  ${key}\n         en: ${english}\n         ${language}: ${words[key]}\n`);
  }
} else if (command) {
  console.error('Usage: npm run i18n:status [-- --sync | --list <lng> | --reviewed <lng> [prefix…] | --draft <lng> [prefix…]]');
  process.exit(2);
}

const total = Object.keys(locales.english).length;
console.log(`${total} strings in English (the reference)\n`);
console.log('language  reviewed  draft  stale  missing');
for (const [code, words] of Object.entries(locales.translations)) {
  const c = status.counts(locales.review, locales.english, words, code);
  console.log(`${code.padEnd(8)}  ${String(c.reviewed).padStart(8)}  ${String(c.draft).padStart(5)}  ${String(c.stale).padStart(5)}  ${String(c.missing).padStart(7)}`);
}
const found = status.problems(locales.review, locales.english, locales.translations);
if (found.length > 0) {
  console.log(`\n${found.length} problem(s); npm test fails until they are fixed:`);
  for (const problem of found.slice(0, 20)) console.log(`  ${problem}`);
  if (found.length > 20) console.log(`  … and ${found.length - 20} more`);
  process.exitCode = 1;
}
