/**
 * `npm run bench:content` — what the content scripts cost a page, besides time:
 *   1. the size of the code each site loads (the loader, then the parts it imports; on Facebook
 *      the card's part only when the first card opens), raw and gzip-compressed, from the build;
 *   2. memory on a busy fan page: the generated 2,000-comment post in Debian's Chromium, with
 *      and without the extension (separate launches, same page), once every badge is shown and
 *      Tactful is idle: the tab's JavaScript heap after a forced garbage collection (content
 *      scripts run in the tab's own V8 heap, so the difference is Tactful's) and its DOM nodes.
 * Prints medians with the load average. Options: --runs N (default 5), --count N (comments,
 * default 2000), --auto-record, --no-build, --json.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { REPO_ROOT, serveSite } from '../test/support/browser';
import { FACEBOOK_IDLE } from '../test/support/facebook';
import {
  loadAverage,
  median,
  option,
  inChromiumWithTactful,
  inPlainChromium,
  buildForBench,
  benchPost,
} from './lib/bench';

const args = process.argv.slice(2);
const RUNS = option(args, '--runs', 5);
const COUNT = option(args, '--count', 2000);
const AUTO_RECORD = args.includes('--auto-record');
const JSON_OUT = args.includes('--json');
const log = (...xs: unknown[]) => (JSON_OUT ? console.error(...xs) : console.log(...xs));

const outDir = buildForBench(args, '.output-bench-content', log);

// ---- 1. code size ----
const ext = path.join(outDir, 'chrome-mv3');
const sizeOf = (rel: string) => {
  const bytes = readFileSync(path.join(ext, rel));
  return { file: rel, bytes: bytes.length, gzip: gzipSync(bytes).length };
};
const chunks = (app: string) => readdirSync(path.join(ext, 'chunks', app)).map((f) => sizeOf(`chunks/${app}/${f}`));
const total = (files: { bytes: number; gzip: number }[]) => ({
  bytes: files.reduce((a, f) => a + f.bytes, 0),
  gzip: files.reduce((a, f) => a + f.gzip, 0),
});
const facebookParts = chunks('facebook-app');
const gmailParts = chunks('gmail-app');
const isCard = (f: { file: string }) => /\/card-view-/.test(f.file);
const code = {
  facebook: {
    loader: sizeOf('content-scripts/facebook.js'),
    atPageLoad: total([
      sizeOf('content-scripts/facebook.js'),
      sizeOf('facebook-app.js'),
      ...facebookParts.filter((f) => !isCard(f)),
    ]),
    onFirstCard: total(facebookParts.filter(isCard)),
    parts: [sizeOf('facebook-app.js'), ...facebookParts],
  },
  gmail: {
    loader: sizeOf('content-scripts/gmail.js'),
    atPageLoad: total([sizeOf('content-scripts/gmail.js'), sizeOf('gmail-app.js'), ...gmailParts]),
    parts: [sizeOf('gmail-app.js'), ...gmailParts],
  },
};

// ---- 2. memory on the 2,000-comment post ----
const { url: URL_, html, settings } = benchPost(COUNT, AUTO_RECORD);

interface Memory {
  heapMB: number;
  nodes: number;
  badges: number;
}

async function measure(context: BrowserContext, withExtension: boolean): Promise<Memory> {
  await serveSite(context, 'https://www.facebook.com/**', () => html);
  const page = await context.newPage();
  await page.goto(URL_, { waitUntil: 'load' });
  if (withExtension) await page.locator(FACEBOOK_IDLE).waitFor({ state: 'attached', timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  // Twice: a first collection can leave garbage that only a second one frees.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const badges = await page.locator('[data-tactful="badge-host"]').count();
  return { heapMB: metric('JSHeapUsedSize') / 2 ** 20, nodes: metric('Nodes'), badges };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
log(
  `Code: Facebook loads ${kb(code.facebook.atPageLoad.bytes)} at page load, Gmail ${kb(code.gmail.atPageLoad.bytes)}.`,
);
const loads: number[] = [];
const base: Memory[] = [];
const mine: Memory[] = [];
for (let i = 0; i < RUNS; i++) {
  loads.push(loadAverage());
  base.push(await inPlainChromium((context) => measure(context, false)));
  mine.push(await inChromiumWithTactful(settings, (context) => measure(context, true)));
  log(
    `run ${i + 1} (load ${loads[i]!.toFixed(1)}): heap ${mine[i]!.heapMB.toFixed(1)} MB with, ${base[i]!.heapMB.toFixed(1)} MB without; DOM nodes ${mine[i]!.nodes} with, ${base[i]!.nodes} without; ${mine[i]!.badges} badges`,
  );
}
const summary = {
  code,
  memory: {
    comments: COUNT,
    autoRecord: AUTO_RECORD,
    runs: RUNS,
    loadAverage: median(loads),
    heapMB: { with: median(mine.map((m) => m.heapMB)), without: median(base.map((m) => m.heapMB)) },
    tactfulHeapMB: median(mine.map((m, i) => m.heapMB - base[i]!.heapMB)),
    domNodes: { with: median(mine.map((m) => m.nodes)), without: median(base.map((m) => m.nodes)) },
    badges: median(mine.map((m) => m.badges)),
  },
};
if (JSON_OUT) console.log(JSON.stringify(summary, null, 2));
else {
  const row = (name: string, s: { bytes: number; gzip: number }) =>
    `  ${name.padEnd(34)} ${kb(s.bytes).padStart(10)}  (gzip ${kb(s.gzip)})`;
  const m = summary.memory;
  console.log(`
Code each site loads (${path.relative(REPO_ROOT, ext)}):
${row('Facebook loader (content script)', code.facebook.loader)}
${row('Facebook, at page load in all', code.facebook.atPageLoad)}
${row('Facebook, when the first card opens', code.facebook.onFirstCard)}
${row('Gmail loader (content script)', code.gmail.loader)}
${row('Gmail, at page load in all', code.gmail.atPageLoad)}
Memory on the ${COUNT}-comment post (medians of ${RUNS} runs, load average ${m.loadAverage.toFixed(1)}${AUTO_RECORD ? ', auto-record on' : ''}; ${m.badges} badges):
  tab JavaScript heap after GC      ${m.heapMB.with.toFixed(1)} MB with Tactful, ${m.heapMB.without.toFixed(1)} MB without — Tactful ${m.tactfulHeapMB.toFixed(1)} MB
  DOM nodes                         ${m.domNodes.with} with, ${m.domNodes.without} without`);
}
