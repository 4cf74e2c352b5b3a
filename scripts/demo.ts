/**
 * `npm run demo` — builds Tactful and opens Debian's Chromium with it loaded on bundled
 * demo pages served under the real Gmail and Facebook addresses (the same routing the
 * browser tests use), so a newcomer sees it work without logging in anywhere.
 *
 * `npm run demo -- --headless [--out DIR]` writes screenshots instead (no display needed).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';
import { launchWithExtension, REPO_ROOT, serveSite, setSettings } from '../test/support/browser';
import { withLexical } from '../test/support/facebook';
import { DEMO_PAGES, type DemoPage } from '../test/fixtures/demo-pages';

const args = process.argv.slice(2);
const headless = args.includes('--headless');
const outIndex = args.indexOf('--out');
const outDir = path.resolve(REPO_ROOT, outIndex >= 0 ? args[outIndex + 1]! : 'demo-screenshots');

if (!headless && !process.env.DISPLAY && process.platform === 'linux') {
  console.error('No display found. Run `npm run demo -- --headless` to write screenshots instead.');
  process.exit(1);
}

console.log('Building the extension…');
execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });

const ext = await launchWithExtension({ headless });
// The demo brand monitors the demo fan page and records complaints automatically.
await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, autoRecord: true });

// Every demo document is served under its real origin; the longest matching path wins.
const origins = new Set(DEMO_PAGES.map((p) => new URL(p.url).origin));
if (origins.has('https://www.facebook.com')) origins.add('https://web.facebook.com');
for (const origin of origins) {
  const host = new URL(origin).host.replace(/^web\./, 'www.');
  const pages = DEMO_PAGES.filter((p) => new URL(p.url).host === host).sort(
    (a, b) => b.documentPath.length - a.documentPath.length,
  );
  const rendered = new Map(pages.map((p) => [p, withLexical(p.html())]));
  await serveSite(ext.context, `${origin}/**`, (url) =>
    rendered.get(pages.find((p) => url.pathname.startsWith(p.documentPath)) ?? pages[pages.length - 1]!)!,
  );
}

const opened: { page: Page; demo: DemoPage }[] = [];
for (const demo of DEMO_PAGES) {
  const page = await ext.context.newPage();
  await page.goto(demo.url);
  opened.push({ page, demo });
}
const cases = await ext.context.newPage();
const options = await ext.context.newPage();

if (headless) {
  await fs.mkdir(outDir, { recursive: true });
  for (const { page, demo } of opened) {
    await page.bringToFront();
    if (demo.ready)
      await page
        .locator(demo.ready)
        .first()
        .waitFor({ timeout: 20_000 })
        .catch(() => {});
    await demo.prepare?.(page);
    await page.screenshot({ path: path.join(outDir, `${demo.name}.png`) });
    console.log(`wrote ${path.join(outDir, `${demo.name}.png`)}`);
  }
  await cases.goto(`chrome-extension://${ext.extensionId}/cases.html`);
  await cases.waitForTimeout(1000);
  await cases.screenshot({ path: path.join(outDir, 'cases.png'), fullPage: false });
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.waitForTimeout(500);
  // A viewport as tall as the page (not fullPage): the sticky Save bar then sits at the
  // bottom, where the user sees it, instead of where the first screen ended.
  const height = await options.evaluate(() => document.documentElement.scrollHeight);
  await options.setViewportSize({ width: 1400, height });
  await options.screenshot({ path: path.join(outDir, 'options.png') });
  console.log(`wrote ${outDir}/cases.png and options.png`);
  await ext.close();
} else {
  await cases.goto(`chrome-extension://${ext.extensionId}/cases.html`);
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await opened[0]?.page.bringToFront();
  console.log('Tactful demo is open. Close the browser window to finish.');
  await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
}
