/**
 * `npm run bench:detect` — texts per second of the detector and of the `sentiment`
 * package (AFINN) on the same texts in the same process, their ratio, the time to
 * analyse one 1 MB text, and the one-time costs (model decoding, rule analysis).
 *
 * Honest on a shared machine: both sides are warmed up on the full text set first, then
 * measured in rounds; each round runs every text through both sides, interleaved in
 * chunks of CHUNK texts (detector then sentiment on a chunk, sentiment then detector on
 * the next…), so that a busy moment of the machine — a few milliseconds when other
 * processes are scheduled — hits both sides alike instead of one whole side of a round.
 * Each side's rate is its median over the rounds; the ratio is the median of the
 * per-round ratios (total sentiment time / total detector time). Timings are still
 * noisy: compare medians, repeat, note the load average. Options: RUNS=n (rounds,
 * default 15), CHUNK=n (default 250).
 */
import Sentiment from 'sentiment';
import artifact from '../lib/detect/model/model.json';
import { createDetector } from '../lib/detect/detector';
import { LinearModel, type ModelArtifact } from '../lib/detect/model';
import { compiledRules } from '../lib/detect/rule-engine';
import { assertDataPresent, DATASETS, loadDataset } from './lib/detect-data';

const RUNS = Math.max(3, Number(process.env.RUNS) || 15);
const CHUNK = Math.max(1, Number(process.env.CHUNK) || 250);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

assertDataPresent();
const english = (await loadDataset(DATASETS[0])).map((e) => e.text);
const chinese: string[] = [];
for (const spec of DATASETS.slice(1)) chinese.push(...(await loadDataset(spec)).slice(0, 2500).map((e) => e.text));

// One-time costs: rule analysis (tries, on first use) and model decoding.
let t0 = performance.now();
compiledRules();
const ruleAnalysis = performance.now() - t0;
const loadTimes: number[] = [];
let detect = createDetector(new LinearModel(artifact as unknown as ModelArtifact));
for (let i = 0; i < Math.min(RUNS, 9); i++) {
  t0 = performance.now();
  detect = createDetector(new LinearModel(JSON.parse(JSON.stringify(artifact)) as unknown as ModelArtifact));
  loadTimes.push(performance.now() - t0);
}
const sentiment = new Sentiment();

/** Milliseconds to run `fn` over texts[from, to). */
function time(texts: string[], from: number, to: number, fn: (t: string) => unknown): number {
  const start = performance.now();
  for (let i = from; i < to; i++) fn(texts[i]!);
  return performance.now() - start;
}

function report(label: string, texts: string[]) {
  const ours = (t: string) => detect(t);
  const theirs = (t: string) => sentiment.analyze(t);
  // Warm-up on every text, both sides.
  time(texts, 0, texts.length, ours);
  time(texts, 0, texts.length, theirs);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    let x = 0;
    let y = 0;
    for (let from = 0, k = 0; from < texts.length; from += CHUNK, k++) {
      const to = Math.min(texts.length, from + CHUNK);
      if ((k + r) % 2 === 0) {
        x += time(texts, from, to, ours);
        y += time(texts, from, to, theirs);
      } else {
        y += time(texts, from, to, theirs);
        x += time(texts, from, to, ours);
      }
    }
    a.push((texts.length * 1000) / x);
    b.push((texts.length * 1000) / y);
    ratios.push(y / x);
  }
  const fmt = (n: number) => Math.round(n).toLocaleString('en').padStart(9);
  const us = (rate: number) => (1e6 / rate).toFixed(2).padStart(5);
  console.log(
    `${label.padEnd(34)} detector ${fmt(median(a))} texts/s (${us(median(a))} µs)   sentiment ${fmt(median(b))} texts/s (${us(median(b))} µs)   ratio ${median(ratios).toFixed(2)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}

console.log(`Throughput, median of ${RUNS} rounds interleaved in chunks of ${CHUNK} texts (Node ${process.version}):`);
report(`English tweets (${english.length})`, english);
report(`Chinese reviews (${chinese.length})`, chinese);
report(`All of the above (${english.length + chinese.length})`, [...english, ...chinese]);

const paragraph = '第三次了還是沒收到貨，再不退款我就找消保官。Still no refund after 3 weeks!! 👨‍👩‍👧 ';
const oneMegabyte = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length)).slice(0, 1_048_576);
// The first long text also pays for the JIT adapting the per-character loops to it (a
// deoptimisation, then recompilation): reported apart from the median of the next runs.
t0 = performance.now();
detect(oneMegabyte);
const firstBig = performance.now() - t0;
const bigTimes: number[] = [];
for (let r = 0; r < Math.min(RUNS, 9); r++) {
  t0 = performance.now();
  detect(oneMegabyte);
  bigTimes.push(performance.now() - t0);
}
console.log(
  `One 1 MB text (${oneMegabyte.length.toLocaleString('en')} chars): median ${median(bigTimes).toFixed(1)} ms, first call ${firstBig.toFixed(1)} ms (bounded analysis window)`,
);
console.log(
  `One-time: rule analysis ${ruleAnalysis.toFixed(0)} ms (first use), model decode median ${median(loadTimes).toFixed(1)} ms; artifact ${(JSON.stringify(artifact).length / 1024).toFixed(0)} KB`,
);
