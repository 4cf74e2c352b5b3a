/**
 * `npm run bench:detect` — texts per second of the detector and of the `sentiment`
 * package (AFINN) on the same texts in the same process (median of several runs), their
 * ratio, the time to analyse one 1 MB text, and the model's load time.
 * Timings are noisy on shared machines: compare ratios and medians, not single runs.
 */
import Sentiment from 'sentiment';
import artifact from '../lib/detect/model/model.json';
import { createDetector } from '../lib/detect/detector';
import { LinearModel, type ModelArtifact } from '../lib/detect/model';
import { assertDataPresent, DATASETS, loadDataset } from './lib/detect-data';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

assertDataPresent();
const english = (await loadDataset(DATASETS[0])).map((e) => e.text);
const chinese: string[] = [];
for (const spec of DATASETS.slice(1)) chinese.push(...(await loadDataset(spec)).slice(0, 2500).map((e) => e.text));

const loadTimes: number[] = [];
let detect = createDetector(new LinearModel(artifact as unknown as ModelArtifact));
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  detect = createDetector(new LinearModel(JSON.parse(JSON.stringify(artifact)) as unknown as ModelArtifact));
  loadTimes.push(performance.now() - t0);
}
const sentiment = new Sentiment();

function throughput(texts: string[], fn: (t: string) => unknown): number {
  for (const t of texts.slice(0, 500)) fn(t); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    for (const t of texts) fn(t);
    rates.push(texts.length / ((performance.now() - t0) / 1000));
  }
  return median(rates);
}

function report(label: string, texts: string[]) {
  const ours = throughput(texts, (t) => detect(t));
  const theirs = throughput(texts, (t) => sentiment.analyze(t));
  console.log(
    `${label.padEnd(34)} detector ${Math.round(ours).toLocaleString('en').padStart(9)} texts/s   sentiment ${Math.round(theirs).toLocaleString('en').padStart(9)} texts/s   ratio ${(ours / theirs).toFixed(2)}`,
  );
}

console.log(`Throughput, median of ${RUNS} runs (Node ${process.version}):`);
report(`English tweets (${english.length})`, english);
report(`Chinese reviews (${chinese.length})`, chinese);
report(`All of the above (${english.length + chinese.length})`, [...english, ...chinese]);

const paragraph = '第三次了還是沒收到貨，再不退款我就找消保官。Still no refund after 3 weeks!! 👨‍👩‍👧 ';
const oneMegabyte = paragraph.repeat(Math.ceil(1_048_576 / paragraph.length)).slice(0, 1_048_576);
const bigTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  const t0 = performance.now();
  detect(oneMegabyte);
  bigTimes.push(performance.now() - t0);
}
console.log(`One 1 MB text (${oneMegabyte.length.toLocaleString('en')} chars): median ${median(bigTimes).toFixed(1)} ms (bounded analysis window)`);
console.log(`Model load (decode artifact): median ${median(loadTimes).toFixed(1)} ms; artifact ${(JSON.stringify(artifact).length / 1024).toFixed(0)} KB`);
