/**
 * `npm run train` — trains the shipped complaint model on every labelled text in
 * ../shared/data (plus Taiwan-Traditional copies of the Chinese texts; of the Hong Kong
 * reviews only the adapt two thirds, the test third is kept for `npm run eval`) and writes
 * lib/detect/model/model.json. Deterministic: the same data gives the same file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { toArtifact } from './lib/detect-artifact';
import { assertDataPresent, DATASETS, loadDataset, REPO_ROOT, type Example } from './lib/detect-data';
import { DEFAULT_CONFIGS, fit, withHongKong } from './lib/detect-fit';
import { hongKong } from './lib/detect-real';

assertDataPresent();
const examples: Example[] = [];
for (const spec of DATASETS) examples.push(...(await loadDataset(spec)));
const { adapt } = hongKong();
console.log(
  `training on ${examples.length} labelled texts from ${DATASETS.map((d) => d.file).join(', ')} and ${adapt.length} Hong Kong reviews (their adapt two thirds)`,
);
const t0 = Date.now();
const models = fit(withHongKong(examples, adapt), {
  configs: DEFAULT_CONFIGS,
  augmentTraditional: true,
  log: (m) => console.log(m),
});
const artifact = toArtifact(models, [...DATASETS.map((d) => d.name), 'zh-hk (adapt)'].join(', '));
const target = path.join(REPO_ROOT, 'lib/detect/model/model.json');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.writeFileSync(target, JSON.stringify(artifact) + '\n');
console.log(
  `wrote ${path.relative(REPO_ROOT, target)} (${(fs.statSync(target).size / 1024).toFixed(1)} KB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
