import { defineConfig } from '@playwright/test';

// Browser tests drive Debian's Chromium with the built extension (see test/support/browser.ts).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two cores: one Chromium per core.
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
