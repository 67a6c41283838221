// What `npm run i18n:export` and `npm run i18n:import` do and print, given where the words are:
// the entry scripts (export.mjs, import.mjs) run them on the repository, the tests on a copy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { exportLanguage, importTranslations, languageName, translatedLanguages, writeAll, type Words } from './roundTrip';

export interface Output {
  log: (line: string) => void;
  error: (line: string) => void;
}

/** `-- <language>…` or `-- --all` (every language the place offers): writes `<outDir>/<language>.xlf`. */
export async function exportCommand(args: readonly string[], words: Words, outDir: string, output: Output): Promise<number> {
  const available = translatedLanguages(words.localesDir);
  const chosen = args.includes('--all') ? words.placeLanguages.filter((code) => available.includes(code)) : [...args];
  if (args.includes('--all') && chosen.length === 0) {
    output.log(`${words.place} offers English alone: no language to send to a translator.`);
    return 0;
  }
  const unknown = chosen.filter((code) => !available.includes(code));
  if (chosen.length === 0 || unknown.length > 0) {
    output.error(`${unknown.length > 0 ? `No words for ${unknown.join(', ')}. ` : ''}Usage: npm run i18n:export -- <language>… | --all  (languages: ${available.join(', ')})`);
    return 2;
  }
  mkdirSync(outDir, { recursive: true });
  for (const language of chosen) {
    const { xliff, units } = await exportLanguage(words, language);
    const path = join(outDir, `${language}.xlf`);
    writeFileSync(path, xliff);
    const states = units.reduce<Record<string, number>>((tally, unit) => ({ ...tally, [unit.state]: (tally[unit.state] ?? 0) + 1 }), {});
    const place = units.filter((unit) => unit.file === 'place').length;
    output.log(
      `${relative(process.cwd(), path)}: ${languageName(language)}, ${units.length} units (${units.length - place} from locales/, ${place} of the place's own): ` +
        `${states.reviewed ?? 0} reviewed, ${states.translated ?? 0} translated (drafts), ${states.initial ?? 0} initial (untranslated or stale)`,
    );
  }
  return 0;
}

/** `-- <file.xlf>`: checks every unit, and writes only when all are sound. 1 when the file is refused. */
export async function importCommand(args: readonly string[], words: Words, output: Output): Promise<number> {
  const [path] = args;
  if (!path || args.length > 1) {
    output.error('Usage: npm run i18n:import -- translations/<language>.xlf');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    output.error(`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 2;
  }
  const result = await importTranslations(words, text, path);
  if ('problems' in result) {
    for (const line of result.problems) output.error(line);
    output.error(`\n${result.problems.length} problem(s): nothing was written. Send the units back to the translator, or export again.`);
    return 1;
  }
  writeAll(result.writes);
  const { now } = result;
  const total = now.reviewed + now.draft + now.stale + now.missing;
  output.log(
    `${path}: ${languageName(result.language)} (${result.language}): ${result.changed} string(s) changed, ${result.reviewed} marked reviewed; ` +
      `${now.reviewed} of ${total} now reviewed (${now.draft} draft, ${now.stale} stale, ${now.missing} missing). ` +
      `${result.writes.length === 0 ? 'No file changed.' : `Files written: ${result.writes.map((write) => relative(process.cwd(), write.path)).join(', ')}.`}`,
  );
  return 0;
}
