import { buildSync } from 'esbuild';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { REPO_ROOT, serveSite } from './browser';

let bundle: string | null = null;

/** The real Lexical editor, bundled once per test run for the Facebook fixtures. */
export function lexicalBundle(): string {
  bundle ??= buildSync({
    entryPoints: [path.join(REPO_ROOT, 'test/fixtures/facebook/lexical-composer.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome120',
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return bundle;
}

export function withLexical(html: string): string {
  return html.replace(
    '<!--LEXICAL_BUNDLE-->',
    `<script>${lexicalBundle().replace(/<\/script/gi, '<\\/script')}</script>`,
  );
}

/** Serves fixture pages under the real Facebook URLs (both hosts). */
export async function serveFacebook(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  const byPath = new Map(
    Object.entries(pages).map(([url, html]) => [new URL(url).pathname.replace(/\/$/, ''), withLexical(html)]),
  );
  const pick = (url: URL) => byPath.get(url.pathname.replace(/\/$/, '')) ?? [...byPath.values()][0]!;
  await serveSite(context, 'https://www.facebook.com/**', pick);
  await serveSite(context, 'https://web.facebook.com/**', pick);
}

/**
 * Tactful's card host once it has nothing left to do on the page: every comment read, every
 * badge written, every lookup and capture answered (`data-tactful-state`, see lib/content/activity.ts).
 */
export const FACEBOOK_IDLE = '[data-tactful="card-host"][data-tactful-state="idle"]';
