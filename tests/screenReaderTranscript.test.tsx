// The committed transcripts of what a screen reader says (docs/<place>/screen-reader/<language>.md,
// read into the review pack) are what the page says now: `npm run docs` rewrites them
// (SCREEN_READER_TRANSCRIPTS=write), and this fails when one is stale. While hearing them, it checks
// that nothing the page keeps hidden is said and nothing is said twice.
import { readFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { selectedPlace } from '../src/build/place.mjs';
import { languages } from '../src/i18n/languages';
import { loadOutcomeScreen } from '../src/screens/OutcomeStep';
import { saying, structural } from './screenReader';
import { hearShortestWays, transcriptText } from './screenReaderTranscript';

const dir = `docs/${selectedPlace()}/screen-reader`;
const writing = process.env.SCREEN_READER_TRANSCRIPTS === 'write';

// The code loaded on demand, at hand as on a page that has settled: the outcome screen (the app's
// fetch ahead has it by the time anyone answers) and the translation notice.
beforeAll(async () => {
  await Promise.all([loadOutcomeScreen(), import('../src/components/TranslationNotice')]);
});

describe.each(languages.map((language) => language.code))('what a screen reader says in %s', { timeout: 60_000 }, (code) => {
  it(`${dir}/${code}.md is current`, async () => {
    const heard = await hearShortestWays(code);
    for (const step of [heard.firstPage, ...heard.outcomes.flatMap(({ steps }) => steps)]) {
      const said = [...step.atOnce, ...step.readingOn];
      expect(step.hidden.length, 'the page hides its stand-ins').toBeGreaterThan(0);
      expect(saying(said, step.hidden), 'hidden, yet said').toEqual([]);
      expect(new Set(step.atOnce).size, `said twice at once: ${step.atOnce.join(' | ')}`).toBe(step.atOnce.length);
      const repeated = said.filter((phrase, at) => !structural.test(phrase) && phrase === said[at - 1]);
      expect(repeated, 'said twice in a row').toEqual([]);
    }
    const text = transcriptText(code, heard);
    const file = join(process.cwd(), dir, `${code}.md`);
    if (writing) {
      mkdirSync(join(process.cwd(), dir), { recursive: true });
      writeFileSync(file, text);
    }
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const [was, now] = [committed.split('\n'), text.split('\n')];
    const line = Array.from({ length: Math.max(was.length, now.length) }, (_, at) => at).find((at) => was[at] !== now[at]);
    expect(committed === text, `${dir}/${code}.md is stale from line ${line! + 1}: run \`npm run docs\` and commit the result`).toBe(true);
  });
});
