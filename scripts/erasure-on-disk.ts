/**
 * `npx tsx scripts/erasure-on-disk.ts` — what "erased" means on disk in Chromium: records a
 * case whose text, name and contact carry a unique marker, erases it on request through the
 * dashboard's code, then looks for the marker's bytes in the profile's IndexedDB files
 * (Chromium keeps IndexedDB in LevelDB, which appends and deletes by writing a tombstone;
 * old records stay in its files until it compacts them):
 *
 *  1. right after the erasure;
 *  2. after more cases were recorded (enough to make LevelDB compact);
 *  3. after the browser was closed and opened again.
 *
 * Builds into `.output-bench` unless `--no-build`. Prints, for each step, whether the
 * marker was found and in which files. The README's privacy section quotes the result.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_PATH, extensionDir, REPO_ROOT } from '../test/support/browser';

process.env.TACTFUL_OUT_DIR ||= '.output-bench';
const FILLER_CASES = Number(process.argv.find((a) => a.startsWith('--filler='))?.slice(9) ?? 20_000);

type Tactful = {
  handleMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }>;
  db: Record<string, { toArray(): Promise<unknown[]> }>;
};

async function open(profile: string): Promise<{ context: BrowserContext; worker: Worker }> {
  const ext = extensionDir();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-first-run', '--disable-gpu'],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(() => (globalThis as unknown as { tactful: Tactful }).tactful.handleMessage({ type: 'ping' }));
  return { context, worker };
}

/** Files of the profile that contain the marker, as UTF-8/Latin-1 or as UTF-16 (V8 stores two-byte strings so). */
async function filesWith(profile: string, marker: string): Promise<string[]> {
  const needles = [Buffer.from(marker, 'latin1'), Buffer.from(marker, 'utf16le')];
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(file);
      else if (entry.isFile()) {
        const bytes = await fs.readFile(file).catch(() => null);
        if (bytes && needles.some((n) => bytes.includes(n))) found.push(path.relative(profile, file));
      }
    }
  };
  await walk(path.join(profile, 'Default', 'IndexedDB'));
  return found;
}

async function main() {
  if (!process.argv.includes('--no-build')) {
    console.log(`Building the extension into ${process.env.TACTFUL_OUT_DIR}/ …`);
    execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: 'ignore', env: process.env });
  }
  const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'tactful-erasure-'));
  const marker = `ERASEME${Date.now().toString(36)}`;
  let { context, worker } = await open(profile);
  await worker.evaluate(
    async ({ marker }) => {
      const t = (globalThis as unknown as { tactful: Tactful }).tactful;
      const res = await t.handleMessage({
        type: 'capture',
        capture: {
          source: 'facebook',
          sourceKey: 'facebook:comment:1',
          url: 'https://www.facebook.com/p/posts/1?comment_id=1',
          context: 'page',
          author: { name: `name ${marker}`, contact: `https://www.facebook.com/${marker}` },
          text: `text ${marker} 0912-345-678`,
        },
      });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
    },
    { marker },
  );
  const dashboard = await context.newPage();
  await dashboard.goto(`chrome-extension://${new URL(worker.url()).host}/cases.html`);
  await dashboard.locator('[data-tactful="case-row"]').click();
  await dashboard.locator('[data-tactful-action="erase-author"]').click();
  await dashboard.locator('[data-tactful-action="erase-confirm"]').click();
  await dashboard.locator('[data-tactful="empty"]').waitFor();
  const stored = JSON.stringify(
    await worker.evaluate(async () => {
      const db = (globalThis as unknown as { tactful: Tactful }).tactful.db;
      return [await db.cases!.toArray(), await db.records!.toArray(), await db.events!.toArray()];
    }),
  );
  console.log(`Erased through the dashboard; the marker in what Tactful can read: ${stored.includes(marker)}`);
  console.log(`1. right after the erasure: ${JSON.stringify(await filesWith(profile, marker))}`);

  await worker.evaluate(async (count) => {
    const t = (globalThis as unknown as { tactful: Tactful }).tactful;
    for (let start = 0; start < count; start += 500) {
      const captures = Array.from({ length: Math.min(500, count - start) }, (_, j) => ({
        source: 'facebook',
        sourceKey: `facebook:comment:filler-${start + j}`,
        url: 'https://www.facebook.com/p/posts/1',
        context: 'page',
        author: { name: 'filler', contact: `https://www.facebook.com/filler${start + j}` },
        text: `filler text ${start + j} `.repeat(20),
      }));
      const res = await t.handleMessage({ type: 'captureBatch', captures });
      if (!res.ok) throw new Error(JSON.stringify(res.error));
    }
  }, FILLER_CASES);
  console.log(
    `2. after ${FILLER_CASES.toLocaleString('en')} more cases: ${JSON.stringify(await filesWith(profile, marker))}`,
  );

  await context.close();
  ({ context, worker } = await open(profile));
  await context.close();
  console.log(`3. after closing and reopening the browser: ${JSON.stringify(await filesWith(profile, marker))}`);
  await fs.rm(profile, { recursive: true, force: true });
}

await main();
