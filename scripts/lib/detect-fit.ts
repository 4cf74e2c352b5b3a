/**
 * The one training procedure used by both `npm run train` (shipping) and `npm run eval`.
 * Chinese and English get separate models (their features would otherwise collide in
 * the shared hash space, and their data differ a hundredfold in size). For each, a
 * deterministic 10% of the training examples chooses the decision threshold, then the
 * model is refitted on all of them with the same settings.
 */
import { toTaiwanTraditional } from './detect-convert';
import { hash32, type Example, type Group } from './detect-data';
import { bestThreshold, encodeAll, margin, train, type TrainConfig, type TrainedModel } from './detect-train';

export const DEFAULT_CONFIGS: Record<Group, TrainConfig> = {
  zh: {
    bits: 20,
    ngramMax: 3,
    wordCharNgrams: [3, 4],
    foldScript: true,
    epochs: 12,
    learningRate: 0.1,
    l2: 1e-6,
    nbAlpha: 1,
    seed: 20261124,
    bags: 2,
    signalFeatures: false,
    quantLevels: 64,
    quantPercentile: 1,
  },
  en: {
    bits: 16,
    ngramMax: 3,
    wordCharNgrams: [3, 4],
    foldScript: true,
    epochs: 10,
    learningRate: 0.2,
    l2: 1e-6,
    nbAlpha: 1,
    seed: 20261124,
    bags: 10,
    signalFeatures: true,
    quantLevels: 127,
    quantPercentile: 1,
  },
};

/**
 * The Hong Kong reviews' adapt third joins the Chinese training texts, each three times: 444
 * texts of written Cantonese beside 72,000 reviews in Mandarin would otherwise barely move
 * the weights of 唔, 冇, 嘅, 難食.
 */
export const HONG_KONG_COPIES = 3;
export function withHongKong(examples: Example[], adapt: Example[]): Example[] {
  const copies = adapt.flatMap((e) =>
    Array.from({ length: HONG_KONG_COPIES }, (_, k) => ({ ...e, id: `${e.id}#hk${k}`, group: 'zh' as const })),
  );
  return [...examples, ...copies];
}

export interface FitOptions {
  configs: Record<Group, TrainConfig>;
  /** Add Taiwan-Traditional copies of the Chinese training texts. */
  augmentTraditional: boolean;
  log?: (message: string) => void;
}

export interface FittedGroupModel extends TrainedModel {
  /** Margin at or above which a text is a complaint (sensitivity 0.5). */
  threshold: number;
}
export type FittedModels = Record<Group, FittedGroupModel>;

function withTraditionalCopies(examples: Example[]): Example[] {
  const copies: Example[] = [];
  for (const e of examples) {
    if (e.group !== 'zh') continue;
    const text = toTaiwanTraditional(e.text);
    if (text !== e.text) copies.push({ ...e, id: `${e.id}#tw`, text });
  }
  return [...examples, ...copies];
}

function fitGroup(examples: Example[], group: Group, options: FitOptions): FittedGroupModel {
  const log = options.log ?? (() => {});
  const config = options.configs[group];
  const expand = (xs: Example[]) => (options.augmentTraditional && group === 'zh' ? withTraditionalCopies(xs) : xs);
  // Out-of-fold margins of every training text choose the threshold (5 folds for the
  // small English set, 4 for Chinese).
  const folds = examples.length < 20_000 ? 5 : 4;
  const foldsUsed = folds;
  const margins: number[] = [];
  const labels: boolean[] = [];
  for (let f = 0; f < foldsUsed; f++) {
    // By the original text's id, so that copies of a text (Hong Kong) never straddle two folds.
    const inFold = (e: Example) => hash32('tactful-threshold-v1' + e.id.split('#')[0]) % folds === f;
    const model = train(encodeAll(expand(examples.filter((e) => !inFold(e))), config), config);
    for (const d of encodeAll(examples.filter(inFold), config)) {
      margins.push(margin(model, d));
      labels.push(d.label === 1);
    }
  }
  // English is judged by F1 on complaints (the minority class), Chinese by accuracy.
  const threshold = bestThreshold(margins, labels, group === 'en' ? 'f1' : 'accuracy');
  log(`${group}: threshold ${threshold} from ${margins.length} out-of-fold texts; refit on ${examples.length}`);
  return { ...train(encodeAll(expand(examples), config), config), threshold };
}

export function fit(examples: Example[], options: FitOptions): FittedModels {
  return {
    zh: fitGroup(
      examples.filter((e) => e.group === 'zh'),
      'zh',
      options,
    ),
    en: fitGroup(
      examples.filter((e) => e.group === 'en'),
      'en',
      options,
    ),
  };
}
