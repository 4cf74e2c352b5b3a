import { test as base, expect } from '@playwright/test';
import { launchWithExtension, type ExtensionBrowser } from '../support/browser';

/** Each test gets a fresh Chromium profile with the built extension loaded. */
export const test = base.extend<{ ext: ExtensionBrowser }>({
  // Playwright requires the destructuring pattern; `provide` is its `use` (named so React's hooks rule stays out).
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, provide) => {
    const ext = await launchWithExtension();
    await provide(ext);
    await ext.close();
  },
});

export { expect };

/** Rows of one table of the background's database (read in the service worker, the extension's origin). */
export async function dbTable<T = Record<string, unknown>>(
  ext: ExtensionBrowser,
  table: 'cases' | 'records' | 'events',
): Promise<T[]> {
  return ext.serviceWorker.evaluate(async (name) => {
    const db = (globalThis as unknown as { tactful: { db: Record<string, { toArray(): Promise<unknown[]> }> } }).tactful
      .db;
    return db[name]!.toArray();
  }, table) as Promise<T[]>;
}
