// @vitest-environment node
// boot.js, as built, parses in a browser that knows only ES2017 (plus import(), which such a
// browser may reject: the page's own help then takes over, see src/boot.js). Parsed by acorn, which
// refuses any syntax newer than the ecmaVersion it is given.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type Node } from 'acorn';
import { beforeAll, describe, expect, it } from 'vitest';
import { bootTarget } from '../src/build/loadAppAfterFirstPaint';

const ecmaVersion = Number(bootTarget.replace(/^es/, '')) as 2017;

/** Every import() in a syntax tree. */
function importsIn(node: unknown, found: Node[] = []): Node[] {
  if (node && typeof node === 'object') {
    if ((node as Node).type === 'ImportExpression') found.push(node as Node);
    for (const value of Object.values(node)) importsIn(value, found);
  }
  return found;
}

/**
 * Parses `code` as a module of `ecmaVersion` after turning each import() into a plain call of the
 * same length: import() is the one newer form allowed, and nothing else is changed.
 */
function parseAllowingImport(code: string) {
  const imports = importsIn(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  let older = code;
  for (const node of imports) older = `${older.slice(0, node.start)}IMPORT${older.slice(node.start + 'import'.length)}`;
  return { imports: imports.length, program: parse(older, { ecmaVersion, sourceType: 'module' }) };
}

describe('the parser refuses what is newer than ES2017', () => {
  // Each is allowed by a later edition; the check must fail on every one.
  const newer = {
    'optional chaining (2020)': 'a?.b;',
    'nullish coalescing (2020)': 'a ?? b;',
    'object spread (2018)': '({ ...a });',
    'object rest (2018)': 'const { a, ...b } = c;',
    'async iteration (2018)': 'async function f() { for await (const x of y); }',
    'catch without a binding (2019)': 'try { a(); } catch { b(); }',
    'regular expression named groups (2018)': '/(?<year>\\d+)/;',
    'regular expression dotAll flag (2018)': '/a.b/s;',
    'logical assignment (2021)': 'a ||= b;',
    'numeric separators (2021)': '1_000;',
    'BigInt (2020)': '1n;',
    'class fields (2022)': 'class A { b = 1; }',
    'import.meta (2020)': 'import.meta.url;',
    'top-level await (2022)': 'await a;',
  };
  for (const [feature, code] of Object.entries(newer)) {
    it(`refuses ${feature}`, () => expect(() => parseAllowingImport(code)).toThrow());
  }

  it('accepts import() and what ES2017 has', () => {
    const code = 'const a = async () => { await import(`./x.js`); }; a.b ** 2; `${a}`; [...a]; const { b } = a;';
    expect(parseAllowingImport(code).imports).toBe(1);
  });
});

describe('built boot.js', () => {
  let boot = '';
  beforeAll(() => {
    const outDir = mkdtempSync(join(tmpdir(), 'wsid-boot-'));
    // In its own process, exactly as `npm run build`.
    execFileSync(join('node_modules', '.bin', 'vite'), ['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, NODE_ENV: 'production' },
    });
    const file = readdirSync(join(outDir, 'assets')).find((name) => /^boot-.*\.js$/.test(name));
    boot = readFileSync(join(outDir, 'assets', file!), 'utf8');
  }, 60_000);

  it(`has no syntax newer than ${bootTarget} apart from the one import() of the app`, () => {
    expect(parseAllowingImport(boot).imports).toBe(1);
  });
});
