// Hyper-parameter tuning on a development split of the TRAIN side (model only):
//   npx tsx scripts/detect-tune.ts zh.bits=19 en.epochs=10 ...   (ONLY=en-twitter or ONLY=zh to restrict)
import { assertDataPresent, DATASETS, loadDataset, splitExamples, type Example, type Group } from './lib/detect-data';
import { DEFAULT_CONFIGS, fit } from './lib/detect-fit';
import { toTaiwanTraditional } from './lib/detect-convert';
import { encodeAll, margin, metrics } from './lib/detect-train';

assertDataPresent();
const configs = structuredClone(DEFAULT_CONFIGS);
let augment = true;
for (const arg of process.argv.slice(2)) {
  const [key, v] = arg.split('=');
  if (key === 'augment') {
    augment = v === '1';
    continue;
  }
  const [group, k] = key!.split('.') as [Group, string];
  const c = configs[group] as unknown as Record<string, unknown>;
  c[k] = k === 'wordCharNgrams' ? v!.split(',').map(Number) : k === 'foldScript' ? v === '1' : Number(v);
}
const only = process.env.ONLY?.split(',');
const trainSet: Example[] = [];
const evalSets: { name: string; examples: Example[] }[] = [];
for (const spec of DATASETS) {
  if (only && !only.includes(spec.name) && !(only.includes('zh') && spec.group === 'zh')) continue;
  // Hyper-parameters are chosen on a development split carved out of the TRAINING side
  // only; the evaluation split stays unseen until `npm run eval`.
  const { train: outerTrain } = splitExamples(await loadDataset(spec));
  const { train, evaluation: dev } = splitExamples(outerTrain, 0.2, 'tactful-dev-v1');
  trainSet.push(...train);
  evalSets.push({ name: spec.name, examples: dev });
}
const t0 = Date.now();
const models = fit(trainSet, { configs, augmentTraditional: augment });
console.log(process.argv.slice(2).join(' ') || 'defaults', `${((Date.now() - t0) / 1000).toFixed(0)}s`);
for (const { name, examples } of evalSets) {
  for (const script of ['S', 'T'] as const) {
    if (script === 'T' && (name.startsWith('en') || process.env.NO_T)) continue;
    const group: Group = name.startsWith('en') ? 'en' : 'zh';
    const model = models[group];
    const xs = script === 'T' ? examples.map((e) => ({ ...e, text: toTaiwanTraditional(e.text) })) : examples;
    const enc = encodeAll(xs, configs[group]);
    const pred = enc.map((d) => margin(model, d) >= model.threshold);
    const m = metrics(pred, xs.map((e) => e.label));
    console.log(`${name.padEnd(12)} ${script} n=${m.n} acc=${m.accuracy.toFixed(4)} P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(4)}`);
  }
}
