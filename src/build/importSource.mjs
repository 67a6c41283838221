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

// Production mode, as the built app runs (no development-only pseudo-language, for one).
const settings = { root, configFile: false, mode: 'production', logLevel: 'error', resolve: { alias: placeAlias() }, plugins: [withoutStyles] };

/** The constants the build writes into the app (src/build/define.ts), worked out once. */
let define;

/** The module at `path` (from the repository root, such as '/src/flow/contacts.ts'), as the built app has it. */
export async function importSource(path) {
  define ??= (await runnerImport('/src/build/define.ts', settings)).module.define;
  const { module } = await runnerImport(path, { ...settings, define });
  return module;
}
