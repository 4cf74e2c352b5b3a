import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium with the built extension (see test/support/browser.ts).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
