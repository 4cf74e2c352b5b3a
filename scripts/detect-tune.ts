// Hyper-parameter tuning on the TRAIN side only (model only; the evaluation split of
// `npm run eval` is never read):
//   npx tsx scripts/detect-tune.ts zh.bits=19 en.epochs=10 ...   dev split (20% of the train side)
//   npx tsx scripts/detect-tune.ts --cv 5 en.wordCharNgrams=3,4  k-fold cross-validation of the train side
//   ... --cv 5 --repeats 10                                       repeated with reshuffled folds (mean ± sd over repeats)
//   QUANT=1 ... / zh.quantLevels=64 zh.quantPercentile=1          scores the quantised weights (as shipped), reports their DEFLATE bits/weight
//   CV_JSON=file ...                                              appends per-repeat figures (for paired comparisons)
// ONLY=en-twitter or ONLY=zh restricts the data; NO_T=1 skips the Traditional dev copies.
// Cross-validation reports, per dataset, accuracy and F1 at the threshold that is best on
// all out-of-fold margins of the group (its own choice, not the shipped one) and the
// ranking quality (AUC), which does not depend on a threshold: on a few hundred dev
// texts a 0.5-point difference in accuracy is noise, AUC over thousands is steadier.
import fs from 'node:fs';
import {
  assertDataPresent,
  DATASETS,
  hash32,
  loadDataset,
  splitExamples,
  type Example,
  type Group,
} from './lib/detect-data';
import { DEFAULT_CONFIGS, fit } from './lib/detect-fit';
import { toTaiwanTraditional } from './lib/detect-convert';
import { bestThreshold, encodeAll, margin, metrics, train, type TrainConfig } from './lib/detect-train';
import { compressWeights, quantiseWeights } from './lib/detect-artifact';

assertDataPresent();
const configs = structuredClone(DEFAULT_CONFIGS);
let augment = true;
let cv = 0;
let repeats = 1;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--cv') {
    cv = Number(args[++i]);
    continue;
  }
  if (arg === '--repeats') {
    repeats = Number(args[++i]);
    continue;
  }
  const [key, v] = arg.split('=');
  if (key === 'augment') {
    augment = v === '1';
    continue;
  }
  const [group, k] = key!.split('.') as [Group, string];
  const c = configs[group] as unknown as Record<string, unknown>;
  c[k] =
    k === 'wordCharNgrams'
      ? v!.split(',').map(Number)
      : k === 'foldScript' || k === 'signalFeatures'
        ? v === '1'
        : Number(v);
}
const only = process.env.ONLY?.split(',');
const wanted = (spec: (typeof DATASETS)[number]) =>
  !only || only.includes(spec.name) || (only.includes('zh') && spec.group === 'zh');

/** Area under the ROC curve (rank statistic). */
function auc(margins: number[], labels: boolean[]): number {
  const order = margins.map((_, i) => i).sort((a, b) => margins[a]! - margins[b]!);
  let rankSum = 0;
  let positives = 0;
  order.forEach((i, r) => {
    if (labels[i]) {
      rankSum += r + 1;
      positives++;
    }
  });
  const negatives = margins.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

const label = args.join(' ') || 'defaults';

/**
 * What the shipped model computes instead of the float weights: with QUANT=1 (or when the
 * config sets quantLevels) the n-gram weights are quantised as the artifact quantises
 * them (detect-artifact.ts), and their compressed size is reported.
 */
const QUANT = process.env.QUANT === '1';
const sizes: number[] = [];
function post<T extends { weights: Float32Array; config: TrainConfig }>(model: T, _group: Group): T {
  if (!QUANT && model.config.quantLevels === undefined) return model;
  const size = 1 << model.config.bits;
  const levels = model.config.quantLevels ?? 127;
  const { q, step } = quantiseWeights(model.weights.subarray(0, size), levels, model.config.quantPercentile ?? 0.9995);
  const out = Float32Array.from(model.weights);
  for (let i = 0; i < size; i++) out[i] = q[i]! * step;
  sizes.push((compressWeights(q).length * 8) / size);
  return { ...model, weights: out };
}
if (cv > 1) {
  for (const group of ['en', 'zh'] as const) {
    const sets = DATASETS.filter((d) => d.group === group && wanted(d));
    if (!sets.length) continue;
    const examples: Example[] = [];
    for (const spec of sets) examples.push(...splitExamples(await loadDataset(spec)).train);
    const config = configs[group];
    const t0 = Date.now();
    const encoded = encodeAll(examples, config);
    const labels = examples.map((e) => e.label);
    // Traditional copies of every training text, encoded once (each fold uses those of its training part).
    const copies =
      augment && group === 'zh'
        ? encodeAll(
            examples.map((e) => ({ ...e, text: toTaiwanTraditional(e.text) })),
            config,
          )
        : null;
    const perRepeat: Record<string, { acc: number; f1: number; auc: number }[]> = {};
    for (let r = 0; r < repeats; r++) {
      const oof = new Array<number>(examples.length);
      // Repeat 0 uses the original fold assignment; later repeats reshuffle the folds.
      const salt = 'tactful-tune-cv' + (r ? `#${r}` : '');
      const fold = examples.map((e) => hash32(salt + e.id) % cv);
      for (let f = 0; f < cv; f++) {
        const trainPart = encoded.filter((_, i) => fold[i] !== f);
        if (copies) trainPart.push(...copies.filter((_, i) => fold[i] !== f));
        const model = post(train(trainPart, config), group);
        encoded.forEach((d, i) => {
          if (fold[i] === f) oof[i] = margin(model, d);
        });
      }
      const t = bestThreshold(oof, labels, group === 'en' ? 'f1' : 'accuracy');
      for (const spec of sets) {
        const ix = examples.map((e, i) => (e.dataset === spec.name ? i : -1)).filter((i) => i >= 0);
        const ms = ix.map((i) => oof[i]!);
        const ls = ix.map((i) => labels[i]!);
        const m = metrics(
          ms.map((x) => x >= t),
          ls,
        );
        (perRepeat[spec.name] ??= []).push({ acc: m.accuracy, f1: m.f1, auc: auc(ms, ls) });
      }
    }
    const quantInfo = sizes.length
      ? ` [quantised: DEFLATE ${(sizes.reduce((a, b) => a + b, 0) / sizes.length).toFixed(2)} bits/weight]`
      : '';
    sizes.length = 0;
    console.log(
      `${label} — ${group}: ${cv}-fold CV of the train side × ${repeats}, ${((Date.now() - t0) / 1000).toFixed(0)} s${quantInfo}`,
    );
    for (const spec of sets) {
      const rs = perRepeat[spec.name]!;
      const stat = (k: 'acc' | 'f1' | 'auc') => {
        const xs = rs.map((x) => x[k]);
        const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
        const sd = xs.length > 1 ? Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1)) : 0;
        return `${mean.toFixed(4)}±${sd.toFixed(4)}`;
      };
      console.log(
        `  ${spec.name.padEnd(12)} n=${rs.length ? examples.filter((e) => e.dataset === spec.name).length : 0} acc=${stat('acc')} F1=${stat('f1')} AUC=${stat('auc')}`,
      );
      if (process.env.CV_JSON)
        fs.appendFileSync(process.env.CV_JSON, JSON.stringify({ label, dataset: spec.name, repeats: rs }) + '\n');
    }
  }
} else {
  const trainSet: Example[] = [];
  const evalSets: { name: string; examples: Example[] }[] = [];
  for (const spec of DATASETS) {
    if (!wanted(spec)) continue;
    // Hyper-parameters are chosen on a development split carved out of the TRAINING side
    // only; the evaluation split stays unseen until `npm run eval`.
    const { train: outerTrain } = splitExamples(await loadDataset(spec));
    const { train: innerTrain, evaluation: dev } = splitExamples(outerTrain, 0.2, 'tactful-dev-v1');
    trainSet.push(...innerTrain);
    evalSets.push({ name: spec.name, examples: dev });
  }
  const t0 = Date.now();
  const models = fit(trainSet, { configs, augmentTraditional: augment });
  console.log(label, `${((Date.now() - t0) / 1000).toFixed(0)}s`);
  for (const { name, examples } of evalSets) {
    for (const script of ['S', 'T'] as const) {
      if (script === 'T' && (name.startsWith('en') || process.env.NO_T)) continue;
      const group: Group = name.startsWith('en') ? 'en' : 'zh';
      const model = models[group];
      const xs = script === 'T' ? examples.map((e) => ({ ...e, text: toTaiwanTraditional(e.text) })) : examples;
      const enc = encodeAll(xs, configs[group]);
      const margins = enc.map((d) => margin(model, d));
      const m = metrics(
        margins.map((x) => x >= model.threshold),
        xs.map((e) => e.label),
      );
      console.log(
        `${name.padEnd(12)} ${script} n=${m.n} acc=${m.accuracy.toFixed(4)} P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(4)} AUC=${auc(
          margins,
          xs.map((e) => e.label),
        ).toFixed(4)}`,
      );
    }
  }
}
