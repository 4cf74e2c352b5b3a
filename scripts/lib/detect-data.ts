/**
 * Loading and splitting the labelled datasets in ../shared/data (see its README).
 * The split is deterministic and by normalised text, so duplicates always land on the
 * same side and the evaluation never contains a text the model was trained on.
 */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { normaliseForModel } from '../../lib/detect/normalise';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const DATA_DIR = process.env.TACTFUL_DATA_DIR || path.resolve(REPO_ROOT, '../shared/data');

export const DATASETS = [
  { file: 'en-complaints-twitter.dev.jsonl', name: 'en-twitter', group: 'en' },
  { file: 'zh-waimai-reviews.dev.jsonl', name: 'zh-waimai', group: 'zh' },
  { file: 'zh-hotel-reviews.dev.jsonl', name: 'zh-hotel', group: 'zh' },
  { file: 'zh-shopping-reviews.dev.jsonl', name: 'zh-shopping', group: 'zh' },
] as const;
export type DatasetName = (typeof DATASETS)[number]['name'];
export type Group = 'zh' | 'en';

export interface Example {
  id: string;
  text: string;
  label: boolean;
  dataset: DatasetName;
  group: Group;
}

export function assertDataPresent(): void {
  const missing = DATASETS.filter((d) => !fs.existsSync(path.join(DATA_DIR, d.file)));
  if (missing.length) {
    console.error(
      `Missing labelled data in ${DATA_DIR}: ${missing.map((d) => d.file).join(', ')}.\n` +
        'Put the files there or point TACTFUL_DATA_DIR at their folder.',
    );
    process.exit(2);
  }
}

export async function loadDataset(spec: (typeof DATASETS)[number]): Promise<Example[]> {
  const rl = readline.createInterface({
    input: fs.createReadStream(path.join(DATA_DIR, spec.file), 'utf8'),
    crlfDelay: Infinity,
  });
  const out: Example[] = [];
  for await (const line of rl) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { id: string; text: string; complaint: boolean };
    if (typeof row.text !== 'string' || typeof row.complaint !== 'boolean') continue;
    out.push({ id: String(row.id), text: row.text, label: row.complaint, dataset: spec.name, group: spec.group });
  }
  return out;
}

/** FNV-1a, for deterministic splits. */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Deterministic split by normalised text: ~`evalShare` of distinct texts go to eval.
 * Texts that occur more than once with conflicting labels are dropped from both sides.
 */
export function splitExamples(examples: Example[], evalShare = 0.2, salt = 'tactful-eval-v1') {
  const byKey = new Map<string, Example[]>();
  for (const ex of examples) {
    const key = normaliseForModel(ex.text);
    byKey.set(key, [...(byKey.get(key) ?? []), ex]);
  }
  const train: Example[] = [];
  const evaluation: Example[] = [];
  let duplicatesRemoved = 0;
  for (const [key, group] of byKey) {
    const labels = new Set(group.map((g) => g.label));
    if (labels.size > 1) {
      duplicatesRemoved += group.length;
      continue;
    }
    duplicatesRemoved += group.length - 1;
    const side = (hash32(salt + key) % 10_000) / 10_000 < evalShare ? evaluation : train;
    side.push(group[0]!); // one copy per distinct text
  }
  return { train, evaluation, duplicatesRemoved };
}

/** Seeded PRNG (mulberry32) for shuffles. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
