/**
 * The real-text sets of issue 11, and how a detector does on them:
 *  - Hong Kong OpenRice reviews (../shared/data/hk-openrice-reviews.dev.jsonl, written
 *    Cantonese), split by hash: two thirds `adapt` (training and the corrections' pool),
 *    one third `test` (scored only);
 *  - the Taiwan challenge set (scripts/data/tw-challenge.jsonl): realistic fan-page comments
 *    and customer emails written and labelled for this project before the rules were tuned,
 *    never tuned on;
 *  - the assessment sets: complaints in three languages labelled with the quadrant and the
 *    need — `assessment-labelled.jsonl` (45, the quadrant and need rules were developed on
 *    it) and `assessment-holdout.jsonl` (15, written after them and never tuned on).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DetectionResult, Need, Quadrant } from '../../lib/detect/types';
import { DATA_DIR, hash32, REPO_ROOT, type Example } from './detect-data';
import { metrics, type Metrics } from './detect-train';

const readJsonl = <T>(file: string): T[] =>
  fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export const HK_FILE = path.join(DATA_DIR, 'hk-openrice-reviews.dev.jsonl');

/** The Hong Kong reviews, split by hash of their id: one third `test`, the rest `adapt`. */
export function hongKong(): { adapt: Example[]; test: Example[] } {
  const out = { adapt: [] as Example[], test: [] as Example[] };
  if (!fs.existsSync(HK_FILE)) return out;
  for (const row of readJsonl<{ id: string; text: string; complaint: boolean }>(HK_FILE)) {
    const example: Example = {
      id: row.id,
      text: row.text,
      label: row.complaint,
      dataset: 'zh-hk' as never,
      group: 'zh',
    };
    (hash32('tactful-hk-v1' + row.id) % 3 === 0 ? out.test : out.adapt).push(example);
  }
  return out;
}

export function challenge(): { id: string; text: string; complaint: boolean }[] {
  return readJsonl(path.join(REPO_ROOT, 'scripts/data/tw-challenge.jsonl'));
}

export interface AssessmentItem {
  id: string;
  text: string;
  quadrant: Quadrant;
  need: Need;
}

/** `labelled`: the set the quadrant and need rules were developed on; `holdout`: written after, never tuned on. */
export function assessmentSet(which: 'labelled' | 'holdout' = 'labelled'): AssessmentItem[] {
  return readJsonl(path.join(REPO_ROOT, `scripts/data/assessment-${which}.jsonl`));
}

type Detect = (text: string) => DetectionResult;

export const fmt = (m: Metrics) =>
  `P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  acc ${m.accuracy.toFixed(3)}  (n=${m.n})`;

export function judge(detect: Detect, xs: readonly { text: string; label: boolean }[]): Metrics {
  return metrics(
    xs.map((x) => detect(x.text).complaint),
    xs.map((x) => x.label),
  );
}

/** Agreement with the assessment labels: quadrant, each axis, need, and complaint yes/no. */
export function assessmentAgreement(detect: Detect, which: 'labelled' | 'holdout' = 'labelled') {
  const items = assessmentSet(which);
  const count = { complaint: 0, quadrant: 0, responsible: 0, motive: 0, need: 0 };
  const misses: string[] = [];
  for (const item of items) {
    const r = detect(item.text);
    const responsible = item.quadrant.endsWith('-responsible') && !item.quadrant.endsWith('not-responsible');
    const reasonable = item.quadrant.startsWith('reasonable');
    if (r.complaint) count.complaint++;
    if (r.quadrantHint.quadrant === item.quadrant) count.quadrant++;
    else misses.push(`${item.id} quadrant ${r.quadrantHint.quadrant} (labelled ${item.quadrant})`);
    if (r.quadrantHint.companyResponsible === responsible) count.responsible++;
    if (r.quadrantHint.motiveReasonable === reasonable) count.motive++;
    if (r.need === item.need) count.need++;
    else misses.push(`${item.id} need ${r.need} (labelled ${item.need})`);
  }
  return { n: items.length, ...count, misses };
}

/** Prints how a detector does on the real-text sets. */
export function reportRealText(label: string, detect: Detect): void {
  const hk = hongKong();
  const tw = challenge().map((c) => ({ text: c.text, label: c.complaint }));
  console.log(`\n${label}`);
  if (hk.test.length) console.log(`  ${'zh-hk test'.padEnd(12)} ${fmt(judge(detect, hk.test))}`);
  console.log(`  ${'tw-challenge'.padEnd(12)} ${fmt(judge(detect, tw))}`);
  for (const which of ['labelled', 'holdout'] as const) {
    const a = assessmentAgreement(detect, which);
    console.log(
      `  assessment ${which.padEnd(8)} complaint ${a.complaint}/${a.n}, quadrant ${a.quadrant}/${a.n}, responsibility ${a.responsible}/${a.n}, motive ${a.motive}/${a.n}, need ${a.need}/${a.n}`,
    );
    if (process.argv.includes('--misses')) for (const m of a.misses) console.log(`    ${m}`);
  }
}
