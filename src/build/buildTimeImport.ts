// Imports the app's own TypeScript at build time, to render pages with the same components the
// browser runs, as production renders them (src/build/importSource.mjs does the same for tools).
import { runnerImport } from 'vite';
import { withoutStyles } from './importSource.mjs';
import { placeAlias } from './place.mjs';

/** `define` must match the browser build's, or the first render would not match the page. */
export async function buildTimeImport<T>(root: string, path: string, define: Record<string, string>): Promise<T> {
  const { module } = await runnerImport<T>(path, {
    root,
    mode: 'production', // as the browser build, or the first render would not match it
    logLevel: 'error',
    define,
    resolve: { alias: placeAlias() },
    plugins: [withoutStyles],
  });
  return module;
}
