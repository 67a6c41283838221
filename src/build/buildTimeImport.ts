// Imports the app's own TypeScript at build time, to render pages with the same components the
// browser runs. Style sheets are left out: the rendered HTML needs only class names, and the built
// page links the real CSS.
import { runnerImport, type Plugin } from 'vite';

const withoutStyles: Plugin = {
  name: 'without-styles',
  enforce: 'pre',
  resolveId: (id) => (id.endsWith('.css') ? '\0no-styles' : undefined),
  load: (id) => (id === '\0no-styles' ? 'export {}' : undefined),
};

/** `define` must match the browser build's, or the first render would not match the page. */
export async function buildTimeImport<T>(root: string, path: string, define: Record<string, string>): Promise<T> {
  const { module } = await runnerImport<T>(path, {
    root,
    mode: 'production', // as the browser build, or the first render would not match it
    logLevel: 'error',
    define,
    plugins: [withoutStyles],
  });
  return module;
}
