// Real-browser tests on the production build, in Debian's Chromium (see README: Testing).
import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './tests/chromium.mjs';

// One port per checkout, so several can run their browser tests side by side.
const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Two cores here: one browser at a time in CI keeps timings steady (the suite takes minutes).
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  // The build served must be of the place the tests follow (PLACE): tests/e2e/samePlace.ts.
  globalSetup: './tests/e2e/samePlace.ts',
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    ...devices['Pixel 7'],
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath,
      args: chromiumFlags,
    },
  },
  webServer: {
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
  },
});
