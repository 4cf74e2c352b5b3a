/**
 * `npm run bench:detect` — texts per second of the detector and of the `sentiment`
 * package (AFINN) on the same texts in the same process, their ratio, the time to
 * analyse one 1 MB text, and the one-time costs (model decoding, rule analysis).
 *
 * Honest on a shared machine: both sides are warmed up on the full text set first, then
 * measured in alternating rounds (detector, sentiment, detector, …) so that a busy
 * moment hits both; each side's median over the rounds is reported, and the ratio is
 * the median of the per-round ratios. Timings are still noisy: compare medians, repeat
 * at a quiet moment. Options: RUNS=n (default 9).
 */
import Sentiment from 'sentiment';
import artifact from '../lib/detect/model/model.json';
import { createDetector } from '../lib/detect/detector';
import { LinearModel, type ModelArtifact } from '../lib/detect/model';
import { compiledRules } from '../lib/detect/rule-engine';
import { assertDataPresent, DATASETS, loadDataset } from './lib/detect-data';

const RUNS = Math.max(3, Number(process.env.RUNS) || 9);
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
for (let i = 0; i < RUNS; i++) {
  t0 = performance.now();
  detect = createDetector(new LinearModel(JSON.parse(JSON.stringify(artifact)) as unknown as ModelArtifact));
  loadTimes.push(performance.now() - t0);
}
const sentiment = new Sentiment();

function rate(texts: string[], fn: (t: string) => unknown): number {
  const start = performance.now();
  for (const t of texts) fn(t);
  return texts.length / ((performance.now() - start) / 1000);
}

function report(label: string, texts: string[]) {
  const ours = (t: string) => detect(t);
  const theirs = (t: string) => sentiment.analyze(t);
  rate(texts, ours); // warm-up on every text, both sides
  rate(texts, theirs);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const x = rate(texts, ours);
    const y = rate(texts, theirs);
    a.push(x);
    b.push(y);
    ratios.push(x / y);
  }
  const fmt = (n: number) => Math.round(n).toLocaleString('en').padStart(9);
  console.log(
    `${label.padEnd(34)} detector ${fmt(median(a))} texts/s   sentiment ${fmt(median(b))} texts/s   ratio ${median(ratios).toFixed(2)} (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
  );
}

console.log(`Throughput, median of ${RUNS} alternating rounds (Node ${process.version}):`);
report(`English tweets (${english.length})`, english);
report(`Chinese reviews (${chinese.length})`, chinese);
report(`All of the above (${english.length + chinese.length})`, [...english, ...chinese]);

const paragraph = '第三次了還是沒收到貨，再不退款我就找消保官。Still no refund after 3 weeks!! 👨‍👩‍👧 ';
const oneMegabyte = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length)).slice(0, 1_048_576);
const bigTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  t0 = performance.now();
  detect(oneMegabyte);
  bigTimes.push(performance.now() - t0);
}
console.log(`One 1 MB text (${oneMegabyte.length.toLocaleString('en')} chars): median ${median(bigTimes).toFixed(1)} ms (bounded analysis window)`);
console.log(
  `One-time: rule analysis ${ruleAnalysis.toFixed(0)} ms (first use), model decode median ${median(loadTimes).toFixed(1)} ms; artifact ${(JSON.stringify(artifact).length / 1024).toFixed(0)} KB`,
);
