// @vitest-environment node
// The translators' round trip (npm run i18n:export, npm run i18n:import) on a copy of the words of
// the place chosen by PLACE: what a translator's tool receives, that a file sent back untouched
// changes nothing, that an edited one lands in the words and the review record, and that each kind
// of broken file is refused, naming the unit, with every file left as it was. Each refusal has its
// own fixture: today's export with one thing broken, as a translator's tool could break it.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import xml from 'xml-js';
import js2xliff from 'xliff/js2xliff';
import xliff2js from 'xliff/xliff2js';
import { afterEach, describe, expect, it } from 'vitest';
import { placeDir, selectedPlace } from '../src/build/place.mjs';
import { outcomeIds } from '../src/flow/outcomeIds';
import { outcomeView } from '../src/flow/outcomeView';
import { exportCommand, importCommand } from '../src/i18n/xliff/commands';
import { pluralForms } from '../src/i18n/xliff/units';
import { exportLanguage, translatedLanguages, type Words } from '../src/i18n/xliff/roundTrip';
import { counts, problems, readLocales, readPlaceWords, fingerprint } from '../src/i18n/reviewStatus';
import { fallbackLanguage } from '../src/i18n/supportedLanguages';
import { place } from '../src/jurisdiction/currentPlace';
import { buildPacks } from '../src/review/pack';

/** The languages the place offers besides English; the first is the one each refusal is made in. */
const languages = place.languages.filter((code) => code !== fallbackLanguage);
const language = languages[0];

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the locale files and the place's folder, and the words as the commands see them. */
function copyOfWords(): Words & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'xliff-'));
  copies.push(root);
  cpSync(join(process.cwd(), 'locales'), join(root, 'locales'), { recursive: true });
  cpSync(placeDir(), join(root, 'place'), { recursive: true });
  return { root, localesDir: join(root, 'locales'), placeDir: join(root, 'place'), place: selectedPlace(), placeLanguages: place.languages };
}

/** Every file of the words, path → bytes, to show that a refused import touched none. */
function snapshot(words: Words): Record<string, string> {
  const walk = (dir: string): [string, string][] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [[path, readFileSync(path, 'latin1')] as [string, string]];
    });
  return Object.fromEntries([...walk(words.localesDir), ...walk(words.placeDir)]);
}

/** Runs the import command as `npm run i18n:import` does, collecting what it prints. */
async function runImport(words: Words, path: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await importCommand([path], words, { log: (line) => out.push(line), error: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

// --- Editing a file as a translator's tool does: reading the XML, changing a unit, writing it back.

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const children = (node: xml.Element) => (node.elements ?? []).filter((child) => child.type === 'element');

function edit(file: string, change: (root: xml.Element, unit: (id: string) => { unit: xml.Element; segment: xml.Element; target: xml.Element }) => void): string {
  const tree = xml.xml2js(file, { captureSpacesBetweenElements: true }) as xml.Element;
  const root = children(tree)[0];
  const unit = (id: string) => {
    const found = children(root)
      .flatMap(children)
      .find((candidate) => candidate.attributes?.id === id);
    if (!found) throw new Error(`no unit ${id} in the export`);
    const segment = children(found).find((child) => child.name === 'segment')!;
    return { unit: found, segment, target: children(segment).find((child) => child.name === 'target')! };
  };
  change(root, unit);
  return xml.js2xml(tree, { attributeValueFn: escapeAttribute } as xml.Options.JS2XML);
}

/** The inline elements of a target, wherever they are nested. */
const inlineElements = (node: xml.Element): xml.Element[] => children(node).flatMap((child) => [child, ...inlineElements(child)]);

/** Replaces one element of a target by what is inside it (a dropped tag), or by nothing. */
function remove(target: xml.Element, element: xml.Element, keepContent: boolean) {
  const replace = (node: xml.Element): xml.Element[] =>
    node === element ? (keepContent ? (node.elements ?? []) : []) : [{ ...node, elements: node.elements?.flatMap(replace) }];
  target.elements = target.elements?.flatMap(replace);
}

/** Writes a fixture of its own for one refusal, beside the copy of the words. */
function fixture(words: { root: string }, name: string, text: string): string {
  const path = join(words.root, `${name}.xlf`);
  writeFileSync(path, text);
  return path;
}

const plainPlaceholders = (text: string) => (text.match(/\{\{[^{}]*\}\}/g) ?? []).filter((code) => code !== '{{count}}');

// Only where the place offers a language besides English: there is nothing else to translate.
if (language) {
  describe('npm run i18n:export', () => {
    it(`writes one unit per string ${place.names.county.en} shows in each language, with its English, translation, state and fingerprint`, async () => {
      const words = copyOfWords();
      for (const code of languages) {
        const { xliff, units } = await exportLanguage(words, code);
        const read = await xliff2js(xliff, {});
        expect(read.sourceLanguage).toBe(fallbackLanguage);
        expect(read.targetLanguage).toBe(code);
        const ids = Object.values(read.resources ?? {}).flatMap((file) => Object.keys(file));
        expect(ids).toEqual(units.map((unit) => unit.id));
        // Every string of every locale file and every one of the place's own words, once.
        const { english } = readLocales(words.localesDir);
        const reviewKeys = new Set(units.map((unit) => unit.reviewKey));
        for (const key of [...Object.keys(english), ...Object.keys(readPlaceWords(words.placeDir).english)]) expect(reviewKeys).toContain(key);
        expect(Object.keys(read.resources ?? {})).toContain('place');
        for (const unit of units) {
          expect(xliff).toContain(`<unit id="${unit.id}"`);
        }
        // The review record's states, as XLIFF's: every string is a draft today unless it was reviewed.
        const states = xml.xml2js(xliff) as xml.Element;
        const segments = children(children(states)[0]).flatMap(children).flatMap(children).filter((node) => node.name === 'segment');
        expect(segments.map((segment) => segment.attributes?.state)).toEqual(units.map((unit) => unit.state));
        expect(xliff).toContain(`<mda:meta type="english-fingerprint">${fingerprint(units[0].english)}</mda:meta>`);
      }
    });

    it("says where a string appears, by the outcome's title and the checklist it is in", async () => {
      const words = copyOfWords();
      const { xliff } = await exportLanguage(words, language);
      const english = JSON.parse(readFileSync(join(words.localesDir, 'en', 'outcome.json'), 'utf8'));
      // An outcome with a "what not to do" list whose title names nothing of the place, and its first item.
      const [id, section] = outcomeIds
        .filter((outcome) => !english.outcomes[outcome].title.includes('{{'))
        .flatMap((outcome) => outcomeView(outcome, language).sections.map((part) => [outcome, part] as const))
        .find(([, part]) => part.kind === 'checklist' && part.list === 'avoid')!;
      if (section.kind !== 'checklist') throw new Error('not a checklist');
      const notes = String((await xliff2js(xliff, {})).resources!.outcome[`outcome:${section.items[0].key}`].note);
      expect(notes).toContain(english.outcomes[id].title);
      expect(notes).toContain(`checklist '${english.avoid.title}'`);
    });

    it('carries placeholders as <ph> and tags as <pc>, protected from deletion', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const read = await xliff2js(xliff, {});
      const inside = /<(\w+)>[^<]*?(\{\{\w+\}\})[^<]*?<\/\1>/;
      const tagged = units.find((unit) => inside.test(unit.english))!;
      const [, tag, placeholder] = inside.exec(tagged.english)!;
      const source = read.resources![tagged.file][tagged.id].source as (string | Record<string, Record<string, unknown>>)[];
      // No placeholder or tag is left as text a translator could retype.
      expect(source.filter((part) => typeof part === 'string').join('')).not.toMatch(/\{\{|<\w/);
      const pc = source.find((part) => typeof part === 'object' && 'Span' in part) as { Span: Record<string, unknown> };
      expect(pc.Span).toMatchObject({ dispStart: `<${tag}>`, dispEnd: `</${tag}>`, canDelete: 'no' });
      // The package reads a code's content as one element, or a list of several.
      expect([pc.Span.contents].flat()).toEqual(expect.arrayContaining([{ Standalone: expect.objectContaining({ equiv: placeholder, canDelete: 'no' }) }]));
    });

    it('sends a translation whose English changed since as initial, with the old translation kept for reference', async () => {
      const words = copyOfWords();
      const unit = (await exportLanguage(words, language)).units.find((candidate) => candidate.file !== 'place' && !candidate.plural && candidate.target && !/[{<]/.test(candidate.english))!;
      const file = join(words.localesDir, 'en', `${unit.file}.json`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(JSON.stringify(unit.english), JSON.stringify(`${unit.english} Now.`)));
      const { xliff, units } = await exportLanguage(words, language);
      const stale = units.find((candidate) => candidate.id === unit.id)!;
      expect(stale).toMatchObject({ state: 'initial', stale: true, target: unit.target, english: `${unit.english} Now.` });
      const sent = (await xliff2js(xliff, {})).resources![unit.file][unit.id];
      expect(sent.target).toEqual(unit.target);
      expect(String(sent.note)).toContain('The English has changed since this translation was made');
    });

    it("sends a plural key once for each plural form of the translator's language", async () => {
      const words = copyOfWords();
      for (const code of languages) {
        const { units } = await exportLanguage(words, code);
        const plural = units.filter((unit) => unit.plural !== undefined);
        expect(plural.length).toBeGreaterThan(0);
        for (const key of new Set(plural.map((unit) => unit.reviewKey))) {
          expect(plural.filter((unit) => unit.reviewKey === key).map((unit) => unit.plural)).toEqual(pluralForms(code));
        }
      }
    });

    it('writes translations/<language>.xlf for every language the place offers with --all', async () => {
      const words = copyOfWords();
      const out = join(words.root, 'translations');
      const lines: string[] = [];
      expect(await exportCommand(['--all'], words, out, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
      expect(readdirSync(out).sort()).toEqual(languages.map((code) => `${code}.xlf`).sort());
    });
  });

  describe('npm run i18n:import', () => {
    it('changes no file when a file comes back untouched, in every language the place offers', async () => {
      const words = copyOfWords();
      const before = snapshot(words);
      for (const code of languages) {
        const { xliff } = await exportLanguage(words, code);
        const result = await runImport(words, fixture(words, `untouched-${code}`, xliff));
        expect(result.code, result.err).toBe(0);
        expect(result.out).toContain('0 string(s) changed');
      }
      expect(snapshot(words)).toEqual(before);
    });

    it('writes an edited and approved translation into the words, and counts it as reviewed (npm run i18n:status)', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      // One of the locale files' strings and one of the place's own, each without placeholders or numbers.
      const plain = (file: (name: string) => boolean) => units.find((unit) => file(unit.file) && !/[{<\d]/.test(unit.english) && unit.target && !unit.plural)!;
      const chosen = [plain((file) => file !== 'place'), plain((file) => file === 'place')];
      const approved = chosen.map((unit) => `${unit.target} (${language})`);
      const before = counts(readLocales(words.localesDir).review, readLocales(words.localesDir).english, readLocales(words.localesDir).translations[language], language);
      const edited = edit(xliff, (_, unit) =>
        chosen.forEach((item, index) => {
          const { segment, target } = unit(item.id);
          target.elements = [{ type: 'text', text: approved[index] }];
          segment.attributes = { ...segment.attributes, state: 'reviewed' };
        }),
      );
      const result = await runImport(words, fixture(words, 'reviewed', edited));
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('2 string(s) changed, 2 marked reviewed');

      const locales = readLocales(words.localesDir);
      const placeWords = readPlaceWords(words.placeDir);
      expect(locales.translations[language][chosen[0].reviewKey]).toBe(approved[0]);
      expect(placeWords.translations[language][chosen[1].reviewKey]).toBe(approved[1]);
      expect(locales.review[language][chosen[0].reviewKey].state).toBe('reviewed');
      expect(placeWords.review[language][chosen[1].reviewKey].state).toBe('reviewed');
      // What npm run i18n:status counts, and what npm test requires of the record.
      expect(counts(locales.review, locales.english, locales.translations[language], language).reviewed).toBe(before.reviewed + 1);
      expect(counts(placeWords.review, placeWords.english, placeWords.translations[language], language).reviewed).toBeGreaterThanOrEqual(1);
      expect(problems(locales.review, locales.english, locales.translations)).toEqual([]);
      expect(problems(placeWords.review, placeWords.english, placeWords.translations)).toEqual([]);
      // The review pack, rendered from the screens with these words, shows the approved text and counts it.
      const [pack] = await buildPacks([language], words.root);
      expect(pack.markdown).toContain(approved[0]);
      expect(pack.markdown).toMatch(new RegExp(`: ${before.reviewed + 1} reviewed, `));
    }, 60_000);

    it('marks a plural key reviewed only when every one of its forms comes back reviewed', async () => {
      for (const every of [true, false]) {
        const words = copyOfWords();
        const { xliff, units } = await exportLanguage(words, language);
        const forms = units.filter((unit) => unit.plural !== undefined && unit.reviewKey === units.find((first) => first.plural)!.reviewKey);
        const approved = every ? forms : forms.slice(0, 1);
        const edited = edit(xliff, (_, find) => approved.forEach((unit) => (find(unit.id).segment.attributes!.state = 'reviewed')));
        const result = await runImport(words, fixture(words, 'plural', edited));
        expect(result.code, result.err).toBe(0);
        const { review, english, translations } = readLocales(words.localesDir);
        expect(review[language][forms[0].reviewKey].state).toBe(every && forms.length === pluralForms(language).length ? 'reviewed' : 'draft');
        expect(problems(review, english, translations)).toEqual([]);
      }
    });

    it('takes a file read and rewritten by the xliff package, which keeps no states or metadata, as drafts', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const unit = units.find((candidate) => candidate.file !== 'place' && plainPlaceholders(candidate.english).length > 0 && !candidate.plural)!;
      const js = await xliff2js(xliff, {});
      const entry = js.resources![unit.file][unit.id];
      entry.target = [...(entry.target as unknown[]), ' …'] as typeof entry.target;
      const rewritten = await js2xliff(js, { indent: '' });
      expect(rewritten).not.toContain('mda:metadata');
      const result = await runImport(words, fixture(words, 'rewritten', rewritten));
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('1 string(s) changed, 0 marked reviewed');
      expect(readLocales(words.localesDir).translations[language][unit.reviewKey]).toBe(`${unit.target} …`);
    });

    /** A refusal: exit 1, a line `file: unit id: reason`, and every file as it was. */
    async function refuses(words: Words & { root: string }, name: string, text: string, id: string | undefined, reason: RegExp) {
      const path = fixture(words, name, text);
      const before = snapshot(words);
      const result = await runImport(words, path);
      expect(result.code).toBe(1);
      const line = result.err.split('\n').find((candidate) => candidate.startsWith(id === undefined ? `${path}: ` : `${path}: ${id}: `));
      expect(line, result.err).toMatch(reason);
      expect(result.err).toContain('nothing was written');
      expect(snapshot(words)).toEqual(before);
    }

    it('refuses a translation that lost a placeholder', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const unit = units.find((candidate) => plainPlaceholders(candidate.english).length > 0 && candidate.target && !candidate.plural)!;
      const placeholder = plainPlaceholders(unit.english)[0];
      const broken = edit(xliff, (_, find) => {
        const { target } = find(unit.id);
        remove(target, inlineElements(target).find((node) => node.name === 'ph' && node.attributes?.equiv === placeholder)!, false);
      });
      await refuses(words, 'missing-placeholder', broken, unit.id, new RegExp(`the placeholder ${placeholder.replace(/[{}]/g, '\\$&')} is missing`));
    });

    it('refuses a translation with a placeholder the English does not have', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const unit = units.find((candidate) => !/[{<]/.test(candidate.english) && candidate.target)!;
      const broken = edit(xliff, (_, find) => {
        const { target } = find(unit.id);
        target.elements = [...(target.elements ?? []), { type: 'element', name: 'ph', attributes: { id: '1', disp: '{{number}}', equiv: '{{number}}' } }];
      });
      await refuses(words, 'added-placeholder', broken, unit.id, /the placeholder \{\{number\}\} is added/);
    });

    it('refuses a translation that dropped the <call> tag around a number', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const unit = units.find((candidate) => candidate.english.includes('<call>') && candidate.target)!;
      const broken = edit(xliff, (_, find) => {
        const { target } = find(unit.id);
        remove(target, inlineElements(target).find((node) => node.name === 'pc')!, true);
      });
      await refuses(words, 'dropped-call', broken, unit.id, /the tag <call>…<\/call> is missing/);
    });

    it('refuses a translation in which a number of the English changed', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const digits = (text: string): string[] => text.replace(/\{\{[^{}]*\}\}/g, '').match(/\d+/g) ?? [];
      const unit = units.find((candidate) => digits(candidate.english).length > 0 && candidate.target && digits(candidate.target).includes(digits(candidate.english)[0]))!;
      const number = digits(unit.english)[0];
      const changed = number.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10));
      const broken = edit(xliff, (_, find) => {
        const { target } = find(unit.id);
        const visit = (nodes: xml.Element[] = []) =>
          nodes.forEach((node) => (node.type === 'text' ? (node.text = String(node.text).replaceAll(number, changed)) : visit(node.elements)));
        visit(target.elements);
      });
      await refuses(words, 'changed-digit', broken, unit.id, new RegExp(`the number ${number} of the English is missing or changed`));
    });

    it('refuses a unit whose id no string has', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const renamed = `${units[0].id}Renamed`;
      const broken = edit(xliff, (_, find) => {
        find(units[0].id).unit.attributes!.id = renamed;
      });
      await refuses(words, 'unknown-id', broken, renamed, /no such string/);
    });

    it('refuses a unit whose English changed since the export', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const unit = units.find((candidate) => candidate.file !== 'place' && !candidate.plural)!;
      // The English is rewritten after the file went out, as a content change would.
      const file = join(words.localesDir, 'en', `${unit.file}.json`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(JSON.stringify(unit.english), JSON.stringify(`${unit.english} Now.`)));
      await refuses(words, 'stale', xliff, unit.id, /stale: its English has changed since the file was exported/);
    });

    it('refuses a file whose language is not the one its units were made for', async () => {
      const words = copyOfWords();
      const { xliff, units } = await exportLanguage(words, language);
      const other = translatedLanguages(words.localesDir).find((code) => code !== language)!;
      const broken = edit(xliff, (root) => {
        root.attributes!.trgLang = other;
      });
      await refuses(words, 'wrong-language', broken, units[0].id, new RegExp(`was exported for .* \\(${language}\\), but the file's language is .* \\(${other}\\)`));
    });

    it('refuses a file that is not XLIFF', async () => {
      const words = copyOfWords();
      // The locale file itself, sent back instead of the XLIFF file.
      const json = readFileSync(join(words.localesDir, language, 'translation.json'), 'utf8');
      await refuses(words, 'not-xliff', json, undefined, /not an XML file/);
      await refuses(words, 'html', '<html><body>Translated</body></html>', undefined, /not an XLIFF file/);
    });

    // A process of its own: slow to start on a busy machine.
    it('is what npm run i18n:import runs: a refused file exits 1 and names the file', { timeout: 30_000 }, async () => {
      const words = copyOfWords();
      const path = fixture(words, 'not-xliff-cli', 'not XML at all');
      const run = promisify(execFile)(process.execPath, ['src/i18n/xliff/import.mjs', path]);
      await expect(run).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining(`${path}: not an XML file`) });
    });
  });
} else {
  it('sends nothing to a translator, and says why, where the place offers English alone', async () => {
    const words = copyOfWords();
    const out = join(words.root, 'translations');
    const lines: string[] = [];
    expect(await exportCommand(['--all'], words, out, { log: (line) => lines.push(line), error: (line) => lines.push(line) })).toBe(0);
    expect(lines.join('\n')).toContain('English alone');
    expect(() => readdirSync(out)).toThrow();
  });
}
