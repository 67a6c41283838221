/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type Plugin } from 'vite';

/** The Content-Security-Policy the built page keeps to; README shows it as server headers too. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * Puts the first screen and the no-JavaScript contact list into the built index.html, rendered by
 * the same components, and adds the CSP (build only: the dev server needs inline scripts).
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      const { module } = await runnerImport<typeof import('./src/prerender')>('/src/prerender.tsx', {
        root: import.meta.dirname,
        logLevel: 'error',
      });
      const { app, noscript } = module.renderFirstScreen();
      return {
        html: html
          .replace('<div id="root"></div>', `<div id="root">${app}</div>`)
          .replace('<!--noscript-directory-->', `<noscript>${noscript}</noscript>`),
        tags: [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
            injectTo: 'head-prepend',
          },
        ],
      };
    },
  };
}

export default defineConfig({
  base: './',
  plugins: [react(), prerenderFirstScreen()],
  build: { target: 'es2022' },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
  },
});
