import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import {
  CHROMIUM_PATH,
  launchWithExtension,
  QUIET_CHROME_ARGS,
  REPO_ROOT,
  setSettings,
} from '../../test/support/browser';
import { withLexical } from '../../test/support/facebook';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { generatedPost } from '../../test/fixtures/facebook/posts';
import { renderPost } from '../../test/fixtures/facebook/render';

/** Helpers shared by the browser benchmarks. */

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

export const ms = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);

/** The 1-minute load average now (the machine is shared: every figure is printed with it). */
export const loadAverage = () => os.loadavg()[0]!;

export function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

/**
 * `measure` in Debian's Chromium without the extension (the baseline): the same viewport,
 * every request refused unless `measure` routes it, the profile removed afterwards.
 */
export async function inPlainChromium<T>(measure: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'tactful-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args: QUIET_CHROME_ARGS,
  });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  try {
    return await measure(context);
  } finally {
    await context.close();
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** `measure` in Chromium with the built extension loaded and `settings` stored. */
export async function inChromiumWithTactful<T>(
  settings: unknown,
  measure: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const ext = await launchWithExtension();
  try {
    await setSettings(ext.serviceWorker, settings);
    return await measure(ext.context);
  } finally {
    await ext.close();
  }
}

/**
 * Builds the extension into `TACTFUL_OUT_DIR` (default `defaultDir`), where the browser
 * helpers load it from, unless `--no-build` is given and a build is already there; returns the folder.
 */
export function buildForBench(args: readonly string[], defaultDir: string, log: (message: string) => void): string {
  process.env.TACTFUL_OUT_DIR ||= defaultDir;
  const outDir = path.resolve(REPO_ROOT, process.env.TACTFUL_OUT_DIR);
  if (args.includes('--no-build') && existsSync(path.join(outDir, 'chrome-mv3/manifest.json'))) return outDir;
  log(`Building the extension into ${path.relative(REPO_ROOT, outDir)}…`);
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
  return outDir;
}

/**
 * The generated post the Facebook benches open: its comments, its address, its page as
 * served (with the real comment editor), and the settings (monitored and auto-recording when
 * `autoRecord`).
 */
export function benchPost(count: number, autoRecord = false) {
  const post = generatedPost(count);
  return {
    post,
    url: `https://www.facebook.com/${post.pageSlug}/posts/${post.postId}`,
    html: withLexical(renderPost(post)),
    settings: {
      ...SAMPLE_SETTINGS,
      autoRecord,
      monitoredPages: autoRecord ? [`https://www.facebook.com/${post.pageSlug}`] : [],
    },
  };
}
