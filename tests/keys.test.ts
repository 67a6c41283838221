// Every translation key the code uses exists in English, and every English key is used: a missing
// key would show a raw key, an unused one is a sentence no one sees (and translators pay for).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import kiosk from '../locales/en/kiosk.json';
import learn from '../locales/en/learn.json';
import outcome from '../locales/en/outcome.json';
import review from '../locales/en/review.json';
import safety from '../locales/en/safety.json';
import translation from '../locales/en/translation.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : flatten(value, `${prefix}${key}.`),
  );
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const code = sources(join(process.cwd(), 'src'))
  .filter((file) => !file.endsWith('pseudo.ts'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

/**
 * Every string or template literal in the code that starts with one of the namespace's top-level
 * groups, as a pattern: `questions.${question}.title` matches any question's title.
 */
function keysUsed(tree: Tree): RegExp[] {
  const groups = Object.keys(tree);
  const literal = /['"`]((?:[A-Za-z0-9]+|\$\{[^}]+\})(?:\.(?:[A-Za-z0-9]+|\$\{[^}]+\}))*)['"`]/g;
  return [...code.matchAll(literal)]
    .map((match) => match[1])
    // A dotted key in one of the groups, or a top-level text such as 'title'.
    .filter((key) => groups.includes(key.split('.')[0]) && (key.includes('.') || typeof tree[key] === 'string'))
    // A plural key (`t('exit.pressesLeft', { count })`) uses every form of it: _one, _other and the rest.
    .map((key) => new RegExp(`^${key.split(/\$\{[^}]+\}/).map(escape).join('[^.]+')}(_(zero|one|two|few|many|other))?(\\..+)?$`));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Each top-level group belongs to one namespace, so a key's first part says which file it is in.
describe.each([
  ['translation', translation as Tree],
  ['outcome', outcome as Tree],
  ['safety', safety as Tree],
  ['kiosk', kiosk as Tree],
  ['learn', learn as Tree],
  ['review', review as Tree],
])('%s keys', (_namespace, tree) => {
  const english = flatten(tree);
  const used = keysUsed(tree);

  it('every key the code uses exists in English', () => {
    const unknown = used.filter((pattern) => !english.some((key) => pattern.test(key)));
    expect(unknown.map(String)).toEqual([]);
  });

  it('every English key is used by the code', () => {
    const unused = english.filter((key) => !used.some((pattern) => pattern.test(key)));
    expect(unused).toEqual([]);
  });
});
