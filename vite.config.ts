/// <reference types="vitest/config" />
// The build: React, the prerendered first screen, the locale files, the boot script, the security
// headers, the 404 page and the kiosk's offline service worker. Each plugin lives in src/build/.
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vite';
import { loadAppAfterFirstPaint } from './src/build/loadAppAfterFirstPaint.ts';
import { define } from './src/build/define.ts';
import { emitLocales } from './src/build/locales.ts';
import { emitNotFoundPage } from './src/build/notFound.ts';
import { pageMeta } from './src/build/pageMeta.ts';
import { precacheIntegrity } from './src/build/precacheIntegrity.ts';
import { prerenderFirstScreen } from './src/build/prerenderFirstScreen.ts';
import { securityHeadersPlugin } from './src/build/securityHeaders.ts';
import { placeAlias } from './src/build/place.mjs';

const integrity = precacheIntegrity();

export default defineConfig({
  define,
  base: './',
  // The place this build serves: PLACE=<id> (src/build/place.mjs); Vitest reads the same alias.
  resolve: { alias: placeAlias() },
  plugins: [
    react(),
    pageMeta(),
    prerenderFirstScreen(define),
    securityHeadersPlugin(),
    emitLocales(),
    emitNotFoundPage(define),
    loadAppAfterFirstPaint(),
    integrity.plugin,
    // The offline service worker for kiosks. Only kiosk code registers it (src/kiosk/newVersions.ts):
    // on a personal phone it would be a trace, so nothing is injected into the page.
    VitePWA({
      injectRegister: false,
      manifest: false,
      // A new version waits, installed, until the kiosk tells it to take over (SKIP_WAITING) at a
      // moment nobody is using it; then it takes the page, which reloads (src/kiosk/newVersions.ts).
      registerType: 'prompt',
      workbox: {
        // The app, every language and every page's words, so a kiosk that loaded once works offline.
        globPatterns: ['**/*.{js,css,html,svg,json,txt}'],
        // The 404 page is for the server to answer, never for the kiosk to show.
        globIgnores: ['404.html'],
        navigateFallback: 'index.html',
        // The first version takes the page that installed it, so the kiosk works offline at once.
        clientsClaim: true,
        // Every file checked against the build's, so a half-published server fails the download.
        manifestTransforms: [integrity.transform],
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
