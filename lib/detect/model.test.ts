import { describe, expect, it } from 'vitest';
import { BASE64_STEP_CHARS, LinearModel, LinearModelLoader, type ModelArtifact, type ModelGroup } from './model';
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

describe('LinearModelLoader (the model built in steps)', () => {
  const once = new LinearModel(shipped);

  it('builds the model new LinearModel builds, weights byte for byte, one step per call', () => {
    const { model, calls } = loadOneStepPerCall(shipped);
    // 2^20 Chinese weights in steps of 2^15, the lookup tables and the base64 text in slices.
    expect(calls).toBeGreaterThan(40);
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
    expect(loader.step()).toBe(true);
  });

  it('reads the int8 format 2 and base64 with whitespace (decoded in one piece) as the constructor does', () => {
    const en = weightsOf(once).en;
    const raw = btoa(String.fromCharCode(...new Uint8Array(en.buffer, en.byteOffset, en.byteLength)));
    expect(raw.length).toBeGreaterThan(BASE64_STEP_CHARS); // several slices
    const format2 = (weights: string): ModelArtifact => ({
      ...shipped,
      format: 'tactful-linear-2',
      groups: {
        zh: { ...shipped.groups.en, weights, codeLengths: undefined },
        en: { ...shipped.groups.en, weights, codeLengths: undefined },
      },
    });
    // Whitespace inside a later slice (length still a multiple of 4), and a length that is not.
    const spaced = raw.slice(0, BASE64_STEP_CHARS + 8) + '\n\n\n\n' + raw.slice(BASE64_STEP_CHARS + 8);
    for (const weights of [raw, spaced, spaced + '\n']) {
      const a = format2(weights);
      const stepped = loadOneStepPerCall(a).model;
      for (const g of ['zh', 'en'] as const) expect(firstDifference(weightsOf(stepped)[g], en), g).toBe(-1);
      for (const text of TEXTS) expect(stepped.score(text, 'en')).toBe(new LinearModel(a).score(text, 'en'));
    }
  });

  it('rejects an unknown format at once', () => {
    expect(() => new LinearModelLoader({ ...shipped, format: 'tactful-linear-9' as 'tactful-linear-3' })).toThrow(
      /unknown format/,
    );
  });
});
