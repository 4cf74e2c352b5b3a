/**
 * What applying the CSM's corrections costs on a busy fan page: the generated 2,000-comment
 * post opened with N corrections stored (default 300, made from the post's own comments, half
 * of them flipping the detector's verdict), then one more correction stored while the page is
 * open (as the background writes it), which makes the content script check the stored value,
 * rebuild the set and re-judge every comment it read.
 *
 *   npx tsx scripts/bench-corrections.ts [--runs 3] [--corrections 300] [--count 2000] [--no-build]
 *
 * Reports, per run: the long tasks (> 50 ms) while the page loads with the corrections, and
 * those from the new correction until the corrected comment's badge is gone and Tactful is idle.
 */
import { correctionOf } from '../lib/corrections/detector';
import { MAX_CORRECTIONS } from '../lib/corrections/schema';
import { detect } from '../lib/detect';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';
import { displayedText } from '../test/fixtures/facebook/render';
import { launchWithExtension, serveSite, setSettings } from '../test/support/browser';
import { FACEBOOK_IDLE } from '../test/support/facebook';
import { loadAverage, median, ms, option, buildForBench, benchPost } from './lib/bench';

const args = process.argv.slice(2);
const RUNS = option(args, '--runs', 3);
const COUNT = option(args, '--count', 2000);
// One below the bound: the correction added while the page is open must still fit (MAX_CORRECTIONS).
const CORRECTIONS = Math.min(option(args, '--corrections', 300), MAX_CORRECTIONS - 1);

buildForBench(args, '.output-bench-facebook', console.log);

const { post, url: URL_, html } = benchPost(COUNT);
const comments = post.comments.filter((c) => c.author !== post.pageName && c.profile !== `/${post.pageSlug}`);
const judged = comments.map((c) => ({ c, complaint: detect(displayedText(c)).complaint }));
// Distinct texts (a generated post repeats some): the stored ones, and one flagged comment left for the live change.
const seen = new Set<string>();
const distinct = judged.filter(({ c }) => !seen.has(displayedText(c)) && seen.add(displayedText(c)));
const live = distinct.find((x) => x.complaint)!;
const stored = distinct
  .filter((x) => x !== live)
  .slice(0, CORRECTIONS)
  .map(({ c, complaint }, i) =>
    correctionOf(
      { text: displayedText(c), via: 'facebook', context: post.pageName },
      { complaint: i % 2 === 0 ? !complaint : complaint },
      new Date(Date.UTC(2026, 0, 1) + i),
    ),
  );
const extra = correctionOf(
  { text: displayedText(live.c), via: 'facebook', context: post.pageName },
  { complaint: false },
);

const PROBE = `(() => {
  const bench = (window.__bench = { longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;
type Task = { start: number; duration: number };

async function run() {
  const ext = await launchWithExtension();
  try {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    await ext.serviceWorker.evaluate(
      (entries) => chrome.storage.local.set({ corrections: { version: 1, entries, undone: [] } }),
      stored,
    );
    await serveSite(ext.context, 'https://www.facebook.com/**', () => html);
    await ext.context.addInitScript({ content: PROBE });
    const page = await ext.context.newPage();
    await page.goto(URL_, { waitUntil: 'domcontentloaded' });
    await page.locator(FACEBOOK_IDLE).waitFor({ state: 'attached', timeout: 60_000 });
    const badge = page.locator(`[data-tactful="badge"][data-comment-id="${live.c.id}"]`);
    await badge.waitFor({ state: 'attached', timeout: 30_000 });
    const t0 = await page.evaluate(() => performance.now());
    await ext.serviceWorker.evaluate(
      (entries) => chrome.storage.local.set({ corrections: { version: 1, entries, undone: [] } }),
      [...stored, extra],
    );
    await badge.waitFor({ state: 'detached', timeout: 30_000 });
    const gone = await page.evaluate(() => performance.now());
    await page.locator(FACEBOOK_IDLE).waitFor({ state: 'attached', timeout: 30_000 });
    const idle = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(
      () => (window as unknown as { __bench: { longTasks: Task[] } }).__bench.longTasks,
    );
    return {
      loadTasks: tasks.filter((t) => t.start < t0),
      changeTasks: tasks.filter((t) => t.start >= t0),
      badgeGone: gone - t0,
      idle: idle - t0,
    };
  } finally {
    await ext.close();
  }
}

console.log(
  `Post: ${COUNT} comments (${judged.filter((x) => x.complaint).length} flagged); ${stored.length} corrections stored; ${RUNS} runs.`,
);
const results = [];
for (let i = 0; i < RUNS; i++) {
  const load = loadAverage();
  const r = await run();
  results.push(r);
  const longest = (ts: Task[]) => ms(Math.max(0, ...ts.map((t) => t.duration)));
  console.log(
    `run ${i + 1} (load average ${load.toFixed(1)}): page load with corrections: ${r.loadTasks.length} long tasks (longest ${longest(r.loadTasks)}); ` +
      `one more correction: badge gone after ${ms(r.badgeGone)}, idle after ${ms(r.idle)}, ${r.changeTasks.length} long tasks (longest ${longest(r.changeTasks)})`,
  );
}
console.log(
  `Medians: badge gone ${ms(median(results.map((r) => r.badgeGone)))}, long tasks after the change ${median(results.map((r) => r.changeTasks.length))}`,
);
