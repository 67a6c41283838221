// The browser tests that matter most, once more against nginx with deploy/nginx.conf (as a county
// would serve the tool), plus the response headers only a real server sends (tests/deploy/).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

const port = Number(process.env.NGINX_PORT ?? 8080);

export default defineConfig({
  ...base,
  testDir: 'tests',
  // Headers and 404 (deploy/), then the journeys (random and scripted, with reloads and Exit; each
  // outcome with its links) and safety.
  testMatch: [
    'deploy/*.spec.ts',
    'e2e/first-screen.spec.ts',
    'e2e/model.spec.ts',
    'e2e/history.spec.ts',
    'e2e/journeys.spec.ts',
    'e2e/safety.spec.ts',
  ],
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: 'bash tests/deploy/nginx.sh',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
