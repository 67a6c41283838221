// The core journeys in Chromium, Firefox and WebKit (README: Testing): `npm run test:engines`, or one
// engine with ENGINES=firefox (npm run test:firefox, test:webkit). One engine at a time, one test at a
// time: each opens a real browser, and the machines have two cores.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { define } from '../../src/build/define.ts';
import { placeAlias } from '../../src/build/place.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  // The app's data as the build has it, for the place PLACE chose (vite.config.ts does the same).
  resolve: { alias: placeAlias() },
  define,
  test: {
    include: ['tests/engines/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/engines/serve.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // A browser under a driver now and then misses an event on a busy machine, as in Playwright's CI.
    retry: process.env.CI ? 1 : 0,
  },
});
