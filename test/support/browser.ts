import { chromium, type BrowserContext, type Route, type Worker } from '@playwright/test';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Launches Debian's Chromium with the built extension, the way the e2e tests, the demo
 * and the browser benchmarks all need it. Nothing here downloads a browser.
 */

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function extensionDir(): string {
  return path.resolve(REPO_ROOT, process.env.TACTFUL_OUT_DIR || '.output', 'chrome-mv3');
}

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Requests that reached the network layer without being served by a route (should stay empty). */
  unroutedRequests: string[];
  close: () => Promise<void>;
}

/** This machine has no network: keep Chromium from trying its own background connections. */
export const QUIET_CHROME_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-gpu',
];

export async function launchWithExtension(
  options: { headless?: boolean; locale?: string } = {},
): Promise<ExtensionBrowser> {
  const ext = extensionDir();
  await fs.access(path.join(ext, 'manifest.json')).catch(() => {
    throw new Error(`No built extension at ${ext}. Run \`npm run build\` first.`);
  });
  const userDataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'tactful-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    locale: options.locale ?? 'en-US',
    viewport: { width: 1400, height: 900 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, ...QUIET_CHROME_ARGS],
  });
  const unroutedRequests: string[] = [];
  // Registered first, so every more specific route added later wins (Playwright tries the newest first).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:'))
      return route.continue();
    unroutedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    serviceWorker,
    extensionId,
    unroutedRequests,
    close: async () => {
      await context.close();
      await fs.rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves `html` for every document under `urlGlob` (e.g. https://mail.google.com/**); other requests there get 404. */
export async function serveSite(
  context: BrowserContext,
  urlGlob: string,
  html: string | ((url: URL) => string),
): Promise<void> {
  await context.route(urlGlob, (route: Route) => {
    const req = route.request();
    if (req.resourceType() !== 'document') return route.fulfill({ status: 404, body: '' });
    const body = typeof html === 'function' ? html(new URL(req.url())) : html;
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}

export async function readFixture(relativePath: string): Promise<string> {
  return fs.readFile(path.join(REPO_ROOT, 'test/fixtures', relativePath), 'utf8');
}

/** Writes settings the way the options page stores them (key `settings` in storage.local). */
export async function setSettings(sw: Worker, settings: unknown): Promise<void> {
  await sw.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}
