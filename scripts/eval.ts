/**
 * `npm run eval` — deterministic split of each labelled file in ../shared/data (train vs
 * evaluation, by normalised text, so duplicates never straddle the split), training on
 * the train side exactly as `npm run train` does, then precision / recall / F1 / accuracy
 * of the shipped detector (model + signals, sensitivity 0.5) on the evaluation side:
 * Simplified text as given and the same texts converted to Taiwan Traditional.
 *
 * Options: --compare-scripts also measures the alternatives to script folding
 *          (no folding, folding without Traditional training copies).
 */
import { createDetector } from '../lib/detect/detector';
import { LinearModel } from '../lib/detect/model';
import { toArtifact } from './lib/detect-artifact';
import { toTaiwanTraditional } from './lib/detect-convert';
import { assertDataPresent, DATASETS, loadDataset, splitExamples, type Example } from './lib/detect-data';
import { DEFAULT_CONFIGS, fit } from './lib/detect-fit';
import { metrics, type Metrics } from './lib/detect-train';

assertDataPresent();
const compareScripts = process.argv.includes('--compare-scripts');

const trainSet: Example[] = [];
const evalSets: { name: string; examples: Example[] }[] = [];
console.log('Split (by normalised text; duplicates kept on one side):');
for (const spec of DATASETS) {
  const all = await loadDataset(spec);
  const { train, evaluation, duplicatesRemoved } = splitExamples(all);
  trainSet.push(...train);
  evalSets.push({ name: spec.name, examples: evaluation });
  console.log(
    `  ${spec.name.padEnd(12)} ${all.length} texts → train ${train.length}, eval ${evaluation.length} (${evaluation.filter((e) => e.label).length} complaints), ${duplicatesRemoved} duplicate copies removed`,
  );
}

const traditional = new Map<string, Example[]>();
for (const { name, examples } of evalSets) {
  if (!name.startsWith('zh')) continue;
  traditional.set(
    name,
    examples.map((e) => ({ ...e, text: toTaiwanTraditional(e.text) })),
  );
}

const fmt = (m: Metrics) =>
  `P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  acc ${m.accuracy.toFixed(3)}  (n=${m.n})`;

function evaluate(label: string, configs: typeof DEFAULT_CONFIGS, augmentTraditional: boolean) {
  const t0 = Date.now();
  const models = fit(trainSet, { configs, augmentTraditional });
  const model = new LinearModel(toArtifact(models, 'eval split'));
  const detect = createDetector(model);
  console.log(`\n${label} (trained in ${((Date.now() - t0) / 1000).toFixed(0)} s, quantised as shipped)`);
  const rows: Record<string, { S: Metrics; T?: Metrics }> = {};
  for (const { name, examples } of evalSets) {
    const judge = (xs: Example[]) =>
      metrics(
        xs.map((e) => detect(e.text).complaint),
        xs.map((e) => e.label),
      );
    const S = judge(examples);
    const tExamples = traditional.get(name);
    const T = tExamples ? judge(tExamples) : undefined;
    rows[name] = { S, T };
    const group = name.startsWith('zh') ? 'zh' : 'en';
    const modelOnly = metrics(
      examples.map((e) => model.score(e.text, group) >= 0.5),
      examples.map((e) => e.label),
    );
    console.log(`  ${name.padEnd(12)} model alone          ${fmt(modelOnly)}`);
    console.log(`  ${''.padEnd(12)} Simplified/as given  ${fmt(S)}`);
    if (T)
      console.log(
        `  ${''.padEnd(12)} Traditional (TW)     ${fmt(T)}   Δacc ${((T.accuracy - S.accuracy) * 100).toFixed(2)} pt`,
      );
  }
  return rows;
}

const shipped = evaluate('Shipped detector: script folding + Traditional training copies', DEFAULT_CONFIGS, true);

if (compareScripts) {
  const noFold = structuredClone(DEFAULT_CONFIGS);
  noFold.zh.foldScript = false;
  noFold.en.foldScript = false;
  evaluate('Alternative: no script folding, Traditional training copies only', noFold, true);
  evaluate('Alternative: script folding, no Traditional training copies', DEFAULT_CONFIGS, false);
}

console.log(
  '\nSummary (shipped): ' +
    JSON.stringify(
      Object.fromEntries(
        Object.entries(shipped).map(([k, v]) => [
          k,
          { S: +v.S.accuracy.toFixed(4), F1: +v.S.f1.toFixed(4), T: v.T ? +v.T.accuracy.toFixed(4) : undefined },
        ]),
      ),
    ),
);
