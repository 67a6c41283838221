// Two versions of the tool for the publishing tests, made once before they run (Playwright's global
// setup): the build of this checkout (dist/, as npm run test:nginx builds it), and a build of the same
// sources with the prosecutor's number changed (Boulder County: the District Attorney's Office), made the way a county changes a number: edit
// it in the jurisdiction module, then build. Their folders reach the tests as BUILD_BEFORE and
// BUILD_AFTER.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Channel } from '../../src/flow/contacts';
import { app } from '../e2e/app';

/** The contact whose number the second version changes: the prosecutor's office, whose line closes
 *  every outcome and is the adult outcome's action. */
export const changedContact = 'prosecutor' as const;
const before = app.callChannel(changedContact);

/** The same number with its last four digits changed, in display and link alike. */
function changed(text: string): string {
  return text.replace(/(\d{4})$/, (digits) => (digits === '0199' ? '0198' : '0199'));
}

/** The changed contact's first channel in each version. */
export const numbers: { before: Channel; after: Channel } = {
  before,
  after: { ...before, display: changed(before.display), href: changed(before.href) },
};

/** Top-level entries of the checkout that a build does not read. */
const notSources = new Set(['node_modules', 'dist', '.git', 'test-results', 'playwright-report', 'tests']);

/** Every file under `dir`, relative to it. */
export function files(dir: string, under = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name), under) : [relative(under, join(dir, entry.name))],
  );
}

/** Builds the checkout with the changed number, in a copy of its sources, into `out`. */
function buildWithChangedNumber(copy: string, out: string) {
  const root = process.cwd();
  cpSync(root, copy, { recursive: true, filter: (source) => !notSources.has(relative(root, source).split(/[\\/]/)[0]) });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  let edited = 0;
  for (const file of files(join(copy, 'src', 'jurisdiction'))) {
    const path = join(copy, 'src', 'jurisdiction', file);
    const source = readFileSync(path, 'utf8');
    // The exact quoted strings, in single or double quotes (a module or a JSON file).
    const next = source.replace(/(['"])([^'"]*)\1/g, (quoted, quote: string, text: string) =>
      text === before.display ? `${quote}${numbers.after.display}${quote}` : text === before.href ? `${quote}${numbers.after.href}${quote}` : quoted,
    );
    if (next !== source) {
      writeFileSync(path, next);
      edited += 1;
    }
  }
  if (edited === 0) throw new Error(`No file under src/jurisdiction holds the string '${before.display}'`);
  execFileSync(join(copy, 'node_modules', '.bin', 'vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: copy,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: 'inherit',
  });
  if (!readFileSync(join(out, 'index.html'), 'utf8').includes(numbers.after.href)) {
    throw new Error(`The second build does not show ${numbers.after.display}`);
  }
}

export default function makeBuilds() {
  if (!existsSync('dist/index.html')) throw new Error('No build in dist/: run npm run build first');
  const dir = mkdtempSync(join(tmpdir(), 'wsid-versions-'));
  process.env.BUILD_BEFORE = join(dir, 'before');
  process.env.BUILD_AFTER = join(dir, 'after');
  // A copy: another suite may rebuild dist/ meanwhile.
  cpSync('dist', process.env.BUILD_BEFORE, { recursive: true });
  buildWithChangedNumber(join(dir, 'source'), process.env.BUILD_AFTER);
  return () => rmSync(dir, { recursive: true, force: true });
}

/** The folders of the two versions (set by the global setup above). */
export function versions(): { before: string; after: string } {
  const { BUILD_BEFORE: before, BUILD_AFTER: after } = process.env;
  if (!before || !after) throw new Error('Run through playwright.nginx.config.ts, whose global setup builds both versions');
  return { before, after };
}
