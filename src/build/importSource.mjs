// Imports the app's own TypeScript into Node (the docs, the review pack, preflight, the translation
// tools, the browser tests' expectations) through Vite, with the place chosen by PLACE: so every
// tool reads the same data the app is built from, for the same place.
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { placeAlias } from './place.mjs';

/** Style sheets are left out: Node renders only class names (the app's own build links the CSS). */
export const withoutStyles = {
  name: 'without-styles',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-styles' : undefined),
  load: (id) => (id === '\0no-styles' ? 'export {}' : undefined),
};

export const root = join(import.meta.dirname, '..', '..');

/** The module at `path` (from the repository root, such as '/src/flow/contacts.ts'). */
export async function importSource(path) {
  const { module } = await runnerImport(path, {
    root,
    configFile: false,
    logLevel: 'error',
    resolve: { alias: placeAlias() },
    plugins: [withoutStyles],
  });
  return module;
}
