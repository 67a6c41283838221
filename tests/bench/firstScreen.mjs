// Which files the first screen loads from a build: the entry script, the app it imports after the
// first paint (every chunk the entry names), what those import statically, and the stylesheet.
// Shared by the budget test (tests/build.test.ts) and the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dist the build folder @returns {{ scripts: string[], styles: string[] }} */
export function firstScreenFiles(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]);
  const named = entries.flatMap((entry) =>
    [...readFileSync(join(dist, entry), 'utf8').matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => join(entry, '..', m[1])),
  );
  const scripts = new Set();
  const visit = (file) => {
    if (scripts.has(file)) return;
    scripts.add(file);
    // Static imports only (`import{...}from"./x.js"` or `import"./x.js"`), not import("./x.js").
    for (const [, dep] of readFileSync(join(dist, file), 'utf8').matchAll(/import(?:[^("']*?from)?\s*["']\.\/([^"']+\.js)["']/g)) {
      visit(join(file, '..', dep));
    }
  };
  [...entries, ...named].forEach(visit);
  const styles = [...html.matchAll(/<link rel="stylesheet"[^>]*href="\.\/(assets\/[^"]+\.css)"/g)].map((m) => m[1]);
  return { scripts: [...scripts], styles };
}
