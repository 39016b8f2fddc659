import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/e2e/chromium.js';

const PORT = Number(process.env.E2E_PORT ?? 4174);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // Several tests walk every screen (19 of them); on a busy 2-core CI machine that takes time.
  timeout: 60_000,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'on-first-retry',
    ...devices['Pixel 7'],
    // Pixel 7 is a Chromium device; keep its viewport and touch, launch our Chromium.
    browserName: 'chromium',
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    serviceWorkers: 'allow',
    // The clients are in Oregon; dates and reminders are tested in their timezone.
    timezoneId: 'America/Los_Angeles',
    locale: 'en-US',
  },
  webServer: {
    // The production build, served the way `npm start` serves it; `npm test` builds first.
    command: `node scripts/serve.js`,
    env: { PORT: String(PORT) },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
