/**
 * `npm run bench:detect` — a report, no target:
 *  1. texts per second of the detector per language (English tweets, Simplified and
 *     Traditional Chinese reviews, Hong Kong reviews when the file is there), median of
 *     RUNS rounds after a warm-up;
 *  2. one 1 MB text, and the one-time costs (inflating the model, first run of the rules);
 *  3. the worst case per regex that runs on page or customer text: for each, its
 *     adversarial inputs (lib/detect/testing/adversarial.ts) at SIZE characters, the slowest
 *     in ns per character, and how its cost grows from SIZE/16 to SIZE (≈ 16 when linear).
 * Timings on a shared machine are noisy: compare medians, note the load average.
 * Options: RUNS=n (default 9), SIZE=n (default 4096), TOP=n (rows of the table; default all).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import artifact from '../lib/detect/model/model.json';
import { CorrectionSet } from '../lib/detect/corrections';
import { correctionWith, createDetector } from '../lib/detect/detector';
import { LinearModel, type ModelArtifact } from '../lib/detect/model';
import '../lib/draft/lint/lint';
import { inputsFor, scanAll, timePerCall } from '../lib/detect/testing/adversarial';
import { sourceRegexes } from '../lib/detect/testing/source-regexes';
import { textRegexes } from '../lib/detect/text-regexes';
import { toTaiwanTraditional } from './lib/detect-convert';
import { assertDataPresent, DATA_DIR, DATASETS, loadDataset, REPO_ROOT } from './lib/detect-data';

const RUNS = Math.max(3, Number(process.env.RUNS) || 9);
const SIZE = Math.max(256, Number(process.env.SIZE) || 4096);
const TOP = Number(process.env.TOP) || Infinity;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

assertDataPresent();
console.log(
  `Node ${process.version}, load average ${os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);

// One-time costs.
let t0 = performance.now();
const model = new LinearModel(artifact as unknown as ModelArtifact);
const inflate = performance.now() - t0;
const detect = createDetector(model);
t0 = performance.now();
detect('第三次了還是沒收到貨，再不退款我就找消保官。Still no refund!! order #12345 a@b.co');
const firstRun = performance.now() - t0;
console.log(
  `One-time: model inflated in ${inflate.toFixed(1)} ms (artifact ${(JSON.stringify(artifact).length / 1024).toFixed(0)} KB), first detection (rules compiled) ${firstRun.toFixed(1)} ms`,
);

// Throughput per language.
const english = (await loadDataset(DATASETS[0])).map((e) => e.text);
const simplified: string[] = [];
for (const spec of DATASETS.slice(1)) simplified.push(...(await loadDataset(spec)).slice(0, 1000).map((e) => e.text));
const sets: [string, string[]][] = [
  ['English tweets', english],
  ['Simplified Chinese reviews', simplified],
  ['Traditional Chinese (converted)', simplified.map(toTaiwanTraditional)],
];
const hk = path.join(DATA_DIR, 'hk-openrice-reviews.dev.jsonl');
if (fs.existsSync(hk))
  sets.push([
    'Hong Kong reviews',
    fs
      .readFileSync(hk, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => (JSON.parse(l) as { text: string }).text),
  ]);
console.log(`\nThroughput (median of ${RUNS} rounds):`);
for (const [label, texts] of sets) {
  for (const t of texts) detect(t); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (const t of texts) detect(t);
    rates.push((texts.length * 1000) / (performance.now() - start));
  }
  const chars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
  const rate = median(rates);
  console.log(
    `  ${`${label} (${texts.length}, ${chars.toFixed(0)} chars avg)`.padEnd(52)} ${Math.round(rate).toLocaleString('en').padStart(8)} texts/s  ${(1e6 / rate).toFixed(1).padStart(6)} µs/text`,
  );
}

// The same texts with 300 of the CSM's corrections applied (made on other texts of the set).
{
  const corrected = simplified.slice(0, 300);
  const corrections = corrected.map((t, i) =>
    correctionWith(model, t, { complaint: i % 2 === 0 }, { id: `${i}`, createdAt: `${i}`.padStart(4, '0') }),
  );
  const set = new CorrectionSet(corrections, model);
  const texts = simplified.slice(300);
  for (const t of texts) detect(t, { corrections: set });
  const rates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    for (const t of texts) detect(t, { corrections: set });
    rates.push((texts.length * 1000) / (performance.now() - start));
  }
  t0 = performance.now();
  new CorrectionSet(corrections, model);
  console.log(
    `  ${`Chinese reviews with 300 corrections (${texts.length})`.padEnd(52)} ${Math.round(median(rates)).toLocaleString('en').padStart(8)} texts/s  ${(1e6 / median(rates)).toFixed(1).padStart(6)} µs/text  (building the set: ${(performance.now() - t0).toFixed(1)} ms)`,
  );
}

const paragraph = '第三次了還是沒收到貨，再不退款我就找消保官。Still no refund after 3 weeks!! 👨‍👩‍👧 ';
const big = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length)).slice(0, 1_048_576);
const bigTimes: number[] = [];
for (let r = 0; r < Math.min(RUNS, 5); r++) {
  t0 = performance.now();
  detect(big);
  bigTimes.push(performance.now() - t0);
}
console.log(`  One 1 MB text: median ${median(bigTimes).toFixed(1)} ms (signals read the first 20,000 characters)`);

// Worst case per regex.
const regexes = [...textRegexes(), ...sourceRegexes(REPO_ROOT, ['lib/detect', 'lib/draft/lint', 'lib/sites'])];
const seen = new Set<string>();
const rows: { name: string; ns: number; growth: number; input: string }[] = [];
for (const { owner, name, re } of regexes) {
  const key = `/${re.source}/${re.flags}`;
  if (seen.has(key)) continue;
  seen.add(key);
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  const scan = (text: string) => () => scanAll(g, text);
  let worst = { ns: 0, input: '', text: '' };
  for (const input of inputsFor(re)) {
    const text = input.make(SIZE);
    const ns = (timePerCall(scan(text), 3, 0.05) * 1e6) / text.length;
    if (ns > worst.ns) worst = { ns, input: input.name, text };
  }
  const small = [...worst.text].slice(0, Math.ceil([...worst.text].length / 16)).join('');
  const growth = timePerCall(scan(worst.text)) / timePerCall(scan(small));
  rows.push({ name: `${owner} ${name}`, ns: worst.ns, growth, input: worst.input });
}
rows.sort((a, b) => b.ns - a.ns);
console.log(
  `\nWorst case per regex (${rows.length} regexes; each on its adversarial inputs of ${SIZE} characters; growth = cost at ${SIZE} / cost at ${SIZE / 16}, ≈ 16 when linear):`,
);
console.log(`  ${'ns/char'.padStart(8)} ${'growth'.padStart(7)}  regex — worst input`);
for (const row of rows.slice(0, TOP))
  console.log(`  ${row.ns.toFixed(1).padStart(8)} ${row.growth.toFixed(1).padStart(7)}  ${row.name} — ${row.input}`);
