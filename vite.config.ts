/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig, minifySync, runnerImport, type Plugin } from 'vite';

/** Every locale file, as `<language>/<namespace>.json`. */
const localesDir = join(import.meta.dirname, 'locales');
const localeFiles = readdirSync(localesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(join(localesDir, dir.name)).filter((file) => file.endsWith('.json')).map((file) => `${dir.name}/${file}`));
const localesVersion = createHash('sha256')
  .update(localeFiles.map((file) => file + readFileSync(join(localesDir, file), 'utf8')).join())
  .digest('hex')
  .slice(0, 10);

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
 * Puts the first screen and the static contact list (shown without JavaScript, or after a crash)
 * into the built index.html, rendered by the same components, and adds the CSP (build only: the
 * dev server needs inline scripts).
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'prerender-first-screen',
    apply: 'build',
    async transformIndexHtml(html) {
      const { module } = await runnerImport<typeof import('./src/prerender')>('/src/prerender.tsx', {
        root: import.meta.dirname,
        mode: 'production', // as the browser build, or the first render would not match it
        logLevel: 'error',
        define,
      });
      const { app, directory } = module.renderFirstScreen();
      return {
        html: html
          .replace('<div id="root"></div>', `<div id="root">${app}</div>`)
          .replace('<!--contact-directory-->', directory),
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

/** Copies the locale files, minified, into the build as plain JSON: the app fetches them on demand. */
function emitLocales(): Plugin {
  return {
    name: 'emit-locales',
    apply: 'build',
    generateBundle() {
      for (const file of localeFiles) {
        const words = JSON.parse(readFileSync(join(localesDir, file), 'utf8'));
        this.emitFile({ type: 'asset', fileName: `locales/${file}`, source: JSON.stringify(words) });
      }
    },
  };
}

/**
 * Replaces the entry script with src/boot.js, which fetches the app after the first paint (measured
 * with Lighthouse: LCP 1.9 s → 1.35 s, README: Performance). CSS stays a <link> in the head.
 */
function loadAppAfterFirstPaint(): Plugin {
  return {
    name: 'load-app-after-first-paint',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      const page = bundle['index.html'];
      if (!entry || page?.type !== 'asset') throw new Error('No entry chunk or index.html to boot');
      const written = readFileSync(join(import.meta.dirname, 'src', 'boot.js'), 'utf8');
      // Minified (it is part of the first screen's budget): comments and JSDoc types go too.
      const source = minifySync('boot.js', written, { module: true, mangle: { toplevel: true }, compress: {} })
        .code.replace('./__APP_ENTRY__', `./${entry.fileName.split('/').pop()}`);
      const boot = `assets/boot-${createHash('sha256').update(source).digest('base64url').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName: boot, source });
      const tag = `<script type="module" crossorigin src="./${entry.fileName}"></script>`;
      if (!String(page.source).includes(tag)) throw new Error('The entry script tag was not found');
      page.source = String(page.source).replace(tag, `<script type="module" src="./${boot}"></script>`);
    },
  };
}

const define = { __LOCALES_VERSION__: JSON.stringify(localesVersion) };

export default defineConfig({
  define,
  base: './',
  plugins: [
    react(),
    prerenderFirstScreen(),
    emitLocales(),
    loadAppAfterFirstPaint(),
    // The offline service worker for kiosks. Only kiosk code registers it (src/kiosk/KioskMode.tsx):
    // on a personal phone it would be a trace, so nothing is injected into the page.
    VitePWA({
      injectRegister: false,
      manifest: false,
      workbox: {
        // The app, every language and every page's words, so a kiosk that loaded once works offline.
        globPatterns: ['**/*.{js,css,html,svg,json,txt}'],
        navigateFallback: 'index.html',
        ignoreURLParametersMatching: [/^v$/],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No preload links or helper: the app is fetched after the first paint (loadAppAfterFirstPaint).
    modulePreload: false,
    rolldownOptions: {
      output: {
        // The libraries every screen needs travel in one chunk: split, they compress worse. Others
        // (the QR code library) stay with the code that needs them.
        codeSplitting: {
          groups: [{ name: 'vendor', test: /node_modules\/(react|react-dom|scheduler|i18next|react-i18next|xstate)\// }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
  },
});
