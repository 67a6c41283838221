// Puts the first screen and the static contact list (shown without JavaScript, or after a crash)
// into the built index.html, rendered by the same components the app uses.
import type { Plugin } from 'vite';
import { buildTimeImport } from './buildTimeImport.ts';

/** `define` must match the browser build's, or the first render would not match the page. */
export function prerenderFirstScreen(define: Record<string, string>): Plugin {
  let root = '';
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    async transformIndexHtml(html) {
      const module = await buildTimeImport<typeof import('../prerender')>(root, '/src/prerender.tsx', define);
      const { app, directory } = module.renderFirstScreen();
      return html
        .replace('<div id="root"></div>', `<div id="root">${app}</div>`)
        .replace('<!--contact-directory-->', directory);
    },
  };
}
