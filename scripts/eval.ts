/**
 * `npm run eval` — deterministic split of each labelled file in ../shared/data (train vs
 * evaluation, by normalised text, so duplicates never straddle the split; the Hong Kong
 * reviews split by hash into `adapt` and `test`), training on the train side exactly as
 * `npm run train` does, then precision / recall / F1 / accuracy of the detector (model +
 * signals, sensitivity 0.5) on the evaluation side: Simplified text as given and the same
 * texts converted to Taiwan Traditional; the Hong Kong test third; the Taiwan challenge
 * set and the Taiwan development set; agreement on the quadrant and need sets. Then the CSM's corrections, per dataset:
 * N = 50, 100, 300 corrections drawn from its train side (never from what is scored), the
 * figures after them, how many corrected texts keep their correction, and a flood of
 * "not a complaint" on complaints (recall after it, against the floor).
 *
 * Options: --compare-scripts also measures the alternatives to script folding;
 *          --shipped only scores the shipped detector on the real-text sets (no training);
 *          --misses lists the assessment sets' disagreements.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CorrectionSet } from '../lib/detect/corrections';
import { correctionWith, createDetector } from '../lib/detect/detector';
import { detect as shippedDetect } from '../lib/detect/index';
import { LinearModel } from '../lib/detect/model';
import type { DetectionResult } from '../lib/detect/types';
import { toArtifact } from './lib/detect-artifact';
import { toTaiwanTraditional } from './lib/detect-convert';
import {
  assertDataPresent,
  DATASETS,
  REPO_ROOT,
  loadDataset,
  seededRandom,
  shuffle,
  splitExamples,
  type Example,
} from './lib/detect-data';
import { DEFAULT_CONFIGS, fit, withHongKong } from './lib/detect-fit';
import { hongKong, fmt, judge, reportRealText } from './lib/detect-real';
import { metrics, type Metrics } from './lib/detect-train';

/**
 * The Taiwan development set (scripts/data/tw-dev.jsonl): fan-page comments, reviews and
 * emails written to develop the rules on, so the challenge set can stay held out.
 */
function reportDev(detect: (text: string) => DetectionResult) {
  const rows = fs
    .readFileSync(path.join(REPO_ROOT, 'scripts/data/tw-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { text: string; complaint: boolean });
  console.log(
    `  ${'tw-dev'.padEnd(12)} ${fmt(
      judge(
        detect,
        rows.map((r) => ({ text: r.text, label: r.complaint })),
      ),
    )}`,
  );
}

if (process.argv.includes('--shipped')) {
  reportRealText('Shipped detector on the real-text sets', (t) => shippedDetect(t));
  reportDev((t) => shippedDetect(t));
  process.exit(0);
}

assertDataPresent();
const compareScripts = process.argv.includes('--compare-scripts');

const trainSets = new Map<string, Example[]>();
const evalSets: { name: string; examples: Example[] }[] = [];
console.log('Split (by normalised text; duplicates kept on one side):');
for (const spec of DATASETS) {
  const all = await loadDataset(spec);
  const { train, evaluation, duplicatesRemoved } = splitExamples(all);
  trainSets.set(spec.name, train);
  evalSets.push({ name: spec.name, examples: evaluation });
  console.log(
    `  ${spec.name.padEnd(12)} ${all.length} texts → train ${train.length}, eval ${evaluation.length} (${evaluation.filter((e) => e.label).length} complaints), ${duplicatesRemoved} duplicate copies removed`,
  );
}
const hk = hongKong();
if (hk.test.length) {
  trainSets.set('zh-hk', hk.adapt);
  evalSets.push({ name: 'zh-hk', examples: hk.test });
  console.log(
    `  ${'zh-hk'.padEnd(12)} ${hk.adapt.length + hk.test.length} texts → adapt ${hk.adapt.length}, test ${hk.test.length} (${hk.test.filter((e) => e.label).length} complaints)`,
  );
}
const trainSet = [...trainSets.entries()].flatMap(([name, xs]) => (name === 'zh-hk' ? [] : xs));

const traditional = new Map<string, Example[]>();
for (const { name, examples } of evalSets) {
  if (!name.startsWith('zh') || name === 'zh-hk') continue;
  traditional.set(
    name,
    examples.map((e) => ({ ...e, text: toTaiwanTraditional(e.text) })),
  );
}

function train(configs: typeof DEFAULT_CONFIGS, augmentTraditional: boolean, label: string) {
  const t0 = Date.now();
  const models = fit(withHongKong(trainSet, hk.adapt), { configs, augmentTraditional });
  const model = new LinearModel(toArtifact(models, 'eval split'));
  console.log(`\n${label} (trained in ${((Date.now() - t0) / 1000).toFixed(0)} s, quantised as shipped)`);
  return model;
}

function evaluate(model: LinearModel) {
  const detect = createDetector(model);
  const rows: Record<string, { S: Metrics; T?: Metrics }> = {};
  for (const { name, examples } of evalSets) {
    const S = judge(detect, examples);
    const tExamples = traditional.get(name);
    const T = tExamples ? judge(detect, tExamples) : undefined;
    rows[name] = { S, T };
    const group = name.startsWith('zh') ? 'zh' : 'en';
    const modelOnly = metrics(
      examples.map((e) => model.score(e.text, group) >= 0.5),
      examples.map((e) => e.label),
    );
    console.log(`  ${name.padEnd(12)} model alone          ${fmt(modelOnly)}`);
    console.log(`  ${''.padEnd(12)} ${name === 'zh-hk' ? 'test third          ' : 'Simplified/as given '} ${fmt(S)}`);
    if (T)
      console.log(
        `  ${''.padEnd(12)} Traditional (TW)     ${fmt(T)}   Δacc ${((T.accuracy - S.accuracy) * 100).toFixed(2)} pt`,
      );
  }
  reportRealText('Real-text sets (the HK test third again, the Taiwan challenge set, the assessment sets)', detect);
  reportDev(detect);
  return rows;
}

/** Figures after N corrections drawn from each dataset's train side; the corrected texts' agreement; the flood. */
function corrections(model: LinearModel) {
  const detect = createDetector(model);
  console.log(
    '\nCorrections (drawn at random from the train side, labelled with the truth; scored on the eval side as above):',
  );
  for (const { name, examples } of evalSets) {
    const pool = shuffle(trainSets.get(name) ?? [], seededRandom(20261207));
    const line: string[] = [];
    for (const n of [50, 100, 300]) {
      if (pool.length < n) continue;
      const drawn = pool.slice(0, n);
      const set = new CorrectionSet(
        drawn.map((e, i) =>
          correctionWith(model, e.text, { complaint: e.label }, { id: `${i}`, createdAt: String(i).padStart(6, '0') }),
        ),
        model,
      );
      const judged = (xs: Example[]) =>
        metrics(
          xs.map((e) => detect(e.text, { corrections: set }).complaint),
          xs.map((e) => e.label),
        );
      const after = judged(examples);
      const kept = drawn.filter((e) => detect(e.text, { corrections: set }).complaint === e.label).length;
      line.push(`N=${n}: F1 ${after.f1.toFixed(3)} acc ${after.accuracy.toFixed(3)}, kept ${kept}/${n}`);
    }
    console.log(`  ${name.padEnd(12)} ${line.join(';  ')}`);
  }
  // A flood: up to 300 "not a complaint" clicks on complaints of the train side.
  console.log('\nFlood of "not a complaint" on up to 300 complaints of the train side — recall on the eval side:');
  for (const { name, examples } of evalSets) {
    const complaints = shuffle(trainSets.get(name) ?? [], seededRandom(7))
      .filter((e) => e.label)
      .slice(0, 300);
    const set = new CorrectionSet(
      complaints.map((e, i) => correctionWith(model, e.text, { complaint: false }, { id: `${i}`, createdAt: `${i}` })),
      model,
    );
    const recall = (fn: (t: string) => DetectionResult) =>
      metrics(
        examples.map((e) => fn(e.text).complaint),
        examples.map((e) => e.label),
      ).recall;
    const before = recall((t) => detect(t));
    const after = recall((t) => detect(t, { corrections: set }));
    console.log(
      `  ${name.padEnd(12)} ${complaints.length} clicks: recall ${before.toFixed(3)} → ${after.toFixed(3)} (${((after / before) * 100).toFixed(0)} % kept)`,
    );
  }
}

const model = train(
  DEFAULT_CONFIGS,
  true,
  'Shipped detector: script folding + Traditional training copies + Hong Kong adapt third',
);
const shipped = evaluate(model);
corrections(model);

if (compareScripts) {
  const noFold = structuredClone(DEFAULT_CONFIGS);
  noFold.zh.foldScript = false;
  noFold.en.foldScript = false;
  evaluate(train(noFold, true, 'Alternative: no script folding, Traditional training copies only'));
  evaluate(train(DEFAULT_CONFIGS, false, 'Alternative: script folding, no Traditional training copies'));
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
