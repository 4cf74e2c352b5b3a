import { describe, expect, it } from 'vitest';
import { LinearModel, LinearModelLoader, STEP_CHARS, type ModelArtifact, type ModelGroup } from './model';
import artifact from './model/model.json';

const shipped = artifact as unknown as ModelArtifact;
const weightsOf = (model: LinearModel) => (model as unknown as { weights: Record<ModelGroup, Int8Array> }).weights;

/** Index of the first difference of two arrays of the same length, −1 if none (toEqual is slow on 1 M entries). */
function firstDifference(a: Int8Array, b: Int8Array): number {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

/** Loads with a `hasTime` that allows one step per call; the model and the number of calls. */
function loadOneStepPerCall(a: ModelArtifact): { model: LinearModel; calls: number } {
  const loader = new LinearModelLoader(a);
  let calls = 0;
  for (;;) {
    let budget = 1;
    calls++;
    const model = loader.load(() => budget-- > 0);
    if (model) return { model, calls };
    expect(calls).toBeLessThan(10_000);
  }
}

const TEXTS = [
  '第三次了還是沒收到貨，再不退款我就找消保官',
  '周末一起去喝吧',
  'Love these mugs!',
  'You charged me twice. Order #448812.',
  'Are you hiring part-time staff this summer?',
  '',
];

describe('the shipped model', () => {
  const once = new LinearModel(shipped);

  it('inflates to the full weight tables, with weights of both signs', () => {
    for (const g of ['zh', 'en'] as const) {
      const w = weightsOf(once)[g];
      expect(w.length).toBe(1 << shipped.groups[g].features.bits);
      expect(w.some((x) => x > 0) && w.some((x) => x < 0)).toBe(true);
    }
  });

  it('is built in steps to the model new LinearModel builds, weights byte for byte', () => {
    const { model, calls } = loadOneStepPerCall(shipped);
    const slices = Math.ceil(shipped.groups.zh.weights.length / STEP_CHARS);
    expect(calls).toBeGreaterThan(slices);
    for (const g of ['zh', 'en'] as const) expect(firstDifference(weightsOf(model)[g], weightsOf(once)[g]), g).toBe(-1);
    for (const text of TEXTS)
      for (const g of ['zh', 'en'] as const) expect(model.score(text, g)).toBe(once.score(text, g));
  });

  it('does nothing without time, and everything with unlimited time', () => {
    const loader = new LinearModelLoader(shipped);
    expect(loader.load(() => false)).toBeNull();
    const model = loader.load(() => true)!;
    expect(firstDifference(weightsOf(model).zh, weightsOf(once).zh)).toBe(-1);
    expect(loader.load(() => false)).toBe(model);
  });

  it('scores a complaint above a thank-you in both groups', () => {
    expect(once.score('東西壞了，客服態度又差，我要退貨', 'zh')).toBeGreaterThan(once.score('謝謝，很好吃！', 'zh'));
    expect(once.score('Still no refund after 3 weeks, terrible', 'en')).toBeGreaterThan(
      once.score('Thank you so much, love it', 'en'),
    );
  });

  it('refuses an unknown format and a truncated weight table at once', () => {
    expect(() => new LinearModelLoader({ ...shipped, format: 'tactful-linear-3' as 'tactful-linear-4' })).toThrow(
      /unknown format/,
    );
    const truncated: ModelArtifact = {
      ...shipped,
      groups: {
        ...shipped.groups,
        en: { ...shipped.groups.en, features: { ...shipped.groups.en.features, bits: 17 } },
      },
    };
    expect(() => new LinearModel(truncated)).toThrow(/wrong size/);
  });
});
