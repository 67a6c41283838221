// The soak test (tests/soak/): thousands of random kiosk journeys and phone steps on the production
// build, then the heap, DOM, timers and listeners compared with an early count. Slow (minutes), so
// it is its own command, `npm run test:soak`, which CI runs after the other browser tests.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'tests/soak',
  // One browser at a time: the figures are the point, and two cores are shared.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  // A step that cannot happen fails the run at once, with the steps before it, rather than waiting.
  use: { ...base.use, actionTimeout: 15_000 },
});
