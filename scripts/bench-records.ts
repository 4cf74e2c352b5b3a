/**
 * `npm run bench:records` — speed of the case store with the real IndexedDB, in Debian's
 * Chromium with the built extension (not fake-indexeddb):
 *
 *  1. record 10,000 cases through the real capture path: an extension page sends
 *     `captureBatch` messages (500 captures each) to the background, which validates
 *     them and writes cases, verbatim versions (sha256 chain) and timeline events;
 *     also 1,000 single `capture` messages, one after the other (what a content script
 *     does for one comment);
 *  2. filter and search 50,000 cases on the dashboard page (/cases.html): the same
 *     query code the dashboard runs, on all cases loaded from IndexedDB; and the time
 *     from typing a search to the updated count on screen;
 *  3. export those 50,000 cases to CSV: the dashboard's Export CSV button, from the
 *     click to the finished download (chunked, with progress).
 *
 * It builds the extension first into `.output-bench` (TACTFUL_OUT_DIR to change it;
 * `--no-build` to reuse a build; `--record-only` for part 1 alone). Prints medians of
 * several runs and a machine note.
 */
import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import type { CaptureInput } from '../lib/records/capture-input';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';
import { launchWithExtension, REPO_ROOT, setSettings } from '../test/support/browser';

const args = process.argv.slice(2);
/** `--record-only`: only part 1 (recording), e.g. to compare two builds quickly. */
const recordOnly = args.includes('--record-only');
process.env.TACTFUL_OUT_DIR ||= '.output-bench';
const RECORD_RUNS = 5;
const SINGLE_RUNS = 3;
const QUERY_RUNS = 9;
const EXPORT_RUNS = 3;
const BATCH = 500;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 2 : 1)} ms`);

// ---- realistic captures (zh-TW, zh-CN, en; both sources; severities and categories) ----

const TEXTS = [
  '第{n}次了還是沒收到貨，客服電話一直打不通，你們到底在幹什麼？',
  '退款到现在还没到账，再不处理我就找消保官和媒体',
  'The order #{n} arrived broken and nobody answers my emails. I want a refund.',
  '東西壞了，客服態度又差，真的很失望，訂單編號 TW{n}',
  '物流太慢了，已经等了两个礼拜，订单 {n} 到底在哪里',
  'Third time asking: where is my package? This is unacceptable.',
  '商品跟照片差很多，要求退貨退款，不然我會在粉專公開',
  '=HYPERLINK("http://example.com","點我") 帳號被盜刷 {n} 元',
];
const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
const CATEGORIES = ['delivery', 'quality', 'billing', 'service', 'account', 'price'] as const;

function makeCapture(prefix: string, i: number): CaptureInput {
  const gmail = i % 3 === 0;
  return {
    source: gmail ? 'gmail' : 'facebook',
    sourceKey: `${gmail ? 'gmail:#msg-f' : 'facebook:comment'}:${prefix}${i}`,
    url: gmail
      ? `https://mail.google.com/mail/u/0/#inbox/${prefix}${i}`
      : `https://www.facebook.com/xiaorizi.select/posts/${i % 50}?comment_id=${prefix}${i}`,
    context: gmail ? `訂單 ${i % 997} 問題` : i % 2 ? '小日子選物' : '小日子选物 官方',
    author: {
      name: `客戶${i % 7919}`,
      contact: gmail ? `customer${i % 7919}@example.tw` : `https://www.facebook.com/customer.${i % 7919}`,
    },
    text: TEXTS[i % TEXTS.length]!.replace('{n}', String(i)),
    detected: {
      score: 0.8,
      severity: SEVERITIES[i % SEVERITIES.length]!,
      categories: [CATEGORIES[i % CATEGORIES.length]!],
      quadrant: null,
      language: i % 3 === 1 ? 'zh-CN' : i % 3 === 2 ? 'en' : 'zh-TW',
      need: 'venting',
    },
  };
}

// ---- browser helpers ----

async function clearDatabase(sw: Worker) {
  await sw.evaluate(async () => {
    const db = (
      globalThis as unknown as {
        tactful: {
          db: {
            transaction: (...args: unknown[]) => Promise<unknown>;
            cases: { clear(): Promise<void> };
            records: { clear(): Promise<void> };
            events: { clear(): Promise<void> };
          };
        };
      }
    ).tactful.db;
    await Promise.all([db.cases.clear(), db.records.clear(), db.events.clear()]);
  });
}

/** Sends captures from an extension page in batches; returns the elapsed time. */
async function recordBatches(page: Page, captures: CaptureInput[], batch: number): Promise<number> {
  return page.evaluate(
    async ([captures, batch]) => {
      const start = performance.now();
      for (let i = 0; i < captures.length; i += batch) {
        const res = await chrome.runtime.sendMessage({ type: 'captureBatch', captures: captures.slice(i, i + batch) });
        if (!res?.ok) throw new Error(JSON.stringify(res?.error));
      }
      return performance.now() - start;
    },
    [captures, batch] as const,
  );
}

async function recordSingles(page: Page, captures: CaptureInput[]): Promise<number> {
  return page.evaluate(async (captures) => {
    const start = performance.now();
    for (const capture of captures) {
      const res = await chrome.runtime.sendMessage({ type: 'capture', capture });
      if (!res?.ok) throw new Error(JSON.stringify(res?.error));
    }
    return performance.now() - start;
  }, captures);
}

/** The dashboard's own query and export code, bundled for evaluation in the page. */
function benchBundle(): string {
  const out = buildSync({
    stdin: {
      contents: `
        import { openDatabase } from './lib/db/schema';
        import { filterCases, sortCases } from './lib/records/query';
        import { casesToCsvChunks } from './lib/records/csv';
        globalThis.__bench = { openDatabase, filterCases, sortCases, casesToCsvChunks };`,
      resolveDir: REPO_ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    charset: 'ascii',
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

// ---- main ----

if (!args.includes('--no-build')) {
  console.log(`Building the extension into ${process.env.TACTFUL_OUT_DIR}/ …`);
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: process.env });
}

const ext = await launchWithExtension();
const results: { what: string; runs: number[]; goal?: number; note?: string }[] = [];
try {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  const userAgent = await ext.serviceWorker.evaluate(() => navigator.userAgent);
  const page = await ext.context.newPage();
  // tsx keeps function names with a helper that does not exist in the browser.
  await page.addInitScript('globalThis.__name = (f) => f');
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);

  // 1. Recording.
  const recordRuns: number[] = [];
  for (let run = 0; run < RECORD_RUNS; run++) {
    await clearDatabase(ext.serviceWorker);
    const captures = Array.from({ length: 10_000 }, (_, i) => makeCapture(`r${run}-`, i));
    recordRuns.push(await recordBatches(page, captures, BATCH));
    process.stdout.write(`  record 10,000 (batches of ${BATCH}) run ${run + 1}: ${ms(recordRuns.at(-1)!)}\n`);
  }
  results.push({ what: `record 10,000 cases (captureBatch messages of ${BATCH})`, runs: recordRuns, goal: 2000 });

  const singleRuns: number[] = [];
  for (let run = 0; run < SINGLE_RUNS; run++) {
    await clearDatabase(ext.serviceWorker);
    const captures = Array.from({ length: 1000 }, (_, i) => makeCapture(`s${run}-`, i));
    singleRuns.push(await recordSingles(page, captures));
    process.stdout.write(`  record 1,000 single messages run ${run + 1}: ${ms(singleRuns.at(-1)!)}\n`);
  }
  results.push({
    what: 'record 1,000 cases, one `capture` message each',
    runs: singleRuns,
    note: 'per case: ' + ms(median(singleRuns) / 1000),
  });

  if (!recordOnly) {
    // 2. 50,000 cases, through the same path; a tenth of them overdue, some in other statuses.
    await clearDatabase(ext.serviceWorker);
    const seedStart = Date.now();
    for (let part = 0; part < 5; part++) {
      await recordBatches(
        page,
        Array.from({ length: 10_000 }, (_, i) => makeCapture('big-', part * 10_000 + i)),
        BATCH,
      );
    }
    const seedMs = Date.now() - seedStart;
    await ext.serviceWorker.evaluate(async () => {
      const db = (globalThis as unknown as { tactful: { db: any } }).tactful.db;
      const now = Date.now();
      let i = 0;
      await db.cases.toCollection().modify((c: { deadlineAt: number; status: string }) => {
        if (i % 10 === 0) c.deadlineAt = now - 3_600_000;
        if (i % 7 === 0) c.status = 'in_contact';
        if (i % 11 === 0) c.status = 'resolved';
        i++;
      });
    });
    console.log(`  seeded 50,000 cases through captureBatch in ${ms(seedMs)}`);

    const dashboard = await ext.context.newPage();
    await dashboard.addInitScript('globalThis.__name = (f) => f');
    await dashboard.goto(`chrome-extension://${ext.extensionId}/cases.html`);
    await dashboard.locator('[data-tactful="case-count"][data-total="50000"]').waitFor({ timeout: 120_000 });
    await dashboard.evaluate(benchBundle());

    const loadRuns: number[] = await dashboard.evaluate(async (runs) => {
      const b = (globalThis as any).__bench;
      const db = b.openDatabase();
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        (globalThis as any).__rows = await db.cases.toArray();
        out.push(performance.now() - t);
      }
      return out;
    }, 3);
    results.push({ what: 'load 50,000 cases from IndexedDB into the dashboard', runs: loadRuns });

    const queries: [string, Record<string, unknown>][] = [
      ['search zh-TW substring "沒收到貨"', { search: '沒收到貨' }],
      ['search zh-CN query over zh-TW text "没收到货"', { search: '没收到货' }],
      ['search zh-TW query over zh-CN text "退款到現在還沒到帳"', { search: '退款到現在還沒到帳' }],
      ['search English "nobody answers"', { search: 'nobody answers' }],
      ['status + severity (new, critical)', { statuses: ['new'], severities: ['critical'] }],
      ['overdue', { overdue: true }],
      ['source + category + page/subject "訂單"', { sources: ['gmail'], categories: ['delivery'], context: '訂單' }],
    ];
    const firstSearch = await dashboard.evaluate(() => {
      const b = (globalThis as any).__bench;
      const rows = (globalThis as any).__rows;
      const t = performance.now();
      const n = b.filterCases(rows, { search: '收到' }).length;
      return { ms: performance.now() - t, n };
    });
    results.push({ what: 'first search after loading (folds every text once, then cached)', runs: [firstSearch.ms] });
    for (const [label, filter] of queries) {
      const { runs, n } = await dashboard.evaluate(
        ([filter, count]) => {
          const b = (globalThis as any).__bench;
          const rows = (globalThis as any).__rows;
          const out: number[] = [];
          let n = 0;
          for (let i = 0; i < count; i++) {
            const t = performance.now();
            n = b.sortCases(b.filterCases(rows, filter, Date.now()), 'deadline').length;
            out.push(performance.now() - t);
          }
          return { runs: out, n };
        },
        [filter, QUERY_RUNS] as const,
      );
      results.push({ what: `query: ${label} → ${n.toLocaleString('en')} cases`, runs, goal: 100 });
    }
    const sortRuns = await dashboard.evaluate((count) => {
      const b = (globalThis as any).__bench;
      const rows = (globalThis as any).__rows;
      const out: number[] = [];
      for (let i = 0; i < count; i++) {
        const t = performance.now();
        b.sortCases(b.filterCases(rows, {}, Date.now()), 'severity');
        out.push(performance.now() - t);
      }
      return out;
    }, QUERY_RUNS);
    results.push({ what: 'query: all 50,000 sorted by severity', runs: sortRuns, goal: 100 });

    // The same on screen: from typing into the search box to the new count being shown.
    const uiRuns: number[] = [];
    for (const [i, term] of ['沒收到貨', '没收到货', 'refund', '退款', '訂單 12'].entries()) {
      const elapsed = await dashboard.evaluate(async (term) => {
        const input = document.querySelector<HTMLInputElement>('[data-tactful="search"]')!;
        const label = document.querySelector('[data-tactful="case-count"]')!;
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const t = performance.now();
        setter.call(input, term);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        // The count label carries the search it was computed for (the search box input is deferred).
        while (label.getAttribute('data-search') !== term) await new Promise((r) => requestAnimationFrame(r));
        await new Promise((r) => requestAnimationFrame(r)); // the frame that shows it
        return performance.now() - t;
      }, term);
      if (i > 0) uiRuns.push(elapsed); // the first one builds the search cache for the page's own rows
    }
    results.push({ what: 'on screen: type a search → updated table (4 searches)', runs: uiRuns, goal: 100 });
    await dashboard.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-tactful="search"]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await dashboard.locator('[data-tactful="case-count"][data-shown="50000"][data-search=""]').waitFor();

    // 3. CSV export of 50,000 cases.
    const csvPure = await dashboard.evaluate(async (count) => {
      const b = (globalThis as any).__bench;
      const rows = (globalThis as any).__rows;
      const out: number[] = [];
      let size = 0;
      for (let i = 0; i < count; i++) {
        const t = performance.now();
        const parts: string[] = [];
        for await (const { chunk } of b.casesToCsvChunks(rows)) parts.push(chunk);
        const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
        size = blob.size;
        out.push(performance.now() - t);
      }
      return { runs: out, size };
    }, EXPORT_RUNS);
    results.push({
      what: `CSV of 50,000 cases (casesToCsvChunks → Blob, ${(csvPure.size / 1e6).toFixed(1)} MB)`,
      runs: csvPure.runs,
      goal: 3000,
    });

    const exportRuns: number[] = [];
    for (let run = 0; run < EXPORT_RUNS; run++) {
      const start = Date.now();
      const [download] = await Promise.all([
        dashboard.waitForEvent('download', { timeout: 120_000 }),
        dashboard.locator('[data-tactful-action="export-csv"]').click(),
      ]);
      await download.path();
      exportRuns.push(Date.now() - start);
      const lines = (await fs.readFile((await download.path())!, 'utf8')).split('\r\n').length;
      if (run === 0)
        console.log(
          `  exported CSV has ${lines.toLocaleString('en')} CRLF-separated lines (header + 50,000 cases, some with line breaks inside quotes)`,
        );
    }
    results.push({ what: 'Export CSV button, 50,000 cases: click → file downloaded', runs: exportRuns, goal: 3000 });
  }

  // ---- report ----
  const cpus = os.cpus();
  console.log('\nTactful case store benchmark (Chromium, real IndexedDB)');
  console.log(
    `Machine: ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `Browser: ${userAgent.match(/Chrom(e|ium)\/[\d.]+/)?.[0] ?? userAgent}; Node ${process.version}; ${os.platform()} ${os.release()}`,
  );
  console.log('');
  const width = Math.max(...results.map((r) => r.what.length));
  for (const r of results) {
    const m = median(r.runs);
    const goal = r.goal === undefined ? '' : m <= r.goal ? `  ✓ goal ≤ ${ms(r.goal)}` : `  ✗ goal ≤ ${ms(r.goal)}`;
    console.log(
      `${r.what.padEnd(width)}  median ${ms(m).padStart(9)}  (runs: ${r.runs.map(ms).join(', ')})${goal}${r.note ? `  ${r.note}` : ''}`,
    );
  }
  const outFile = path.join(os.tmpdir(), 'tactful-bench-records.json');
  await fs.writeFile(
    outFile,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        userAgent,
        cpus: cpus.length,
        model: cpus[0]?.model,
        loadavg: os.loadavg(),
        results,
      },
      null,
      2,
    ),
  );
  console.log(`\n(raw figures in ${outFile})`);
} finally {
  await ext.close();
}
