import { beforeEach, describe, expect, it, vi } from 'vitest';
import artifact from './model/model.json';

// The detector is a module singleton: each test imports a fresh copy of the modules.
type Detect = typeof import('./index');
let lib: Detect;
beforeEach(async () => {
  vi.resetModules();
  lib = await import('./index');
});

const TEXTS = [
  '第三次了還是沒收到貨，再不退款我就找消保官',
  '孫麗 周末一起去喝吧',
  'Love these mugs!',
  'You charged me twice. Order #448812.',
  'Are you hiring part-time staff this summer?',
  '私信我看了，就一句"抱歉"，然后呢？',
  '請問有實體店嗎？',
  '',
];

/** A detector built at once from the same modules, for comparison. */
const fresh = () => lib.createDetector(new lib.LinearModel(artifact as unknown as import('./model').ModelArtifact));

/** Calls prepareDetector with a hasTime that allows one step per call, `limit` times at most; the calls made. */
function prepareOneStepPerCall(limit = Infinity): number {
  let calls = 0;
  while (calls < limit) {
    let budget = 1;
    calls++;
    if (lib.prepareDetector(() => budget-- > 0)) break;
    expect(calls).toBeLessThan(20_000);
  }
  return calls;
}

describe('prepareDetector', () => {
  it('does its one-time work in as many small steps as it is given, then detects exactly as detect() does', () => {
    expect(lib.prepareDetector(() => false)).toBe(false);
    const calls = prepareOneStepPerCall();
    // A step per rule, then the model's slices.
    expect(calls).toBeGreaterThan(150);
    expect(lib.prepareDetector(() => false)).toBe(true);
    const reference = fresh();
    for (const text of TEXTS) {
      expect(lib.detect(text)).toEqual(reference(text));
      expect(lib.detect(text, { sensitivity: 0.9 })).toEqual(reference(text, { sensitivity: 0.9 }));
    }
  });

  it('leaves detect() working at any point: what is left is done at once', async () => {
    const total = prepareOneStepPerCall();
    for (const limit of [5, total - 10]) {
      vi.resetModules();
      lib = await import('./index');
      prepareOneStepPerCall(limit);
      expect(lib.prepareDetector(() => false)).toBe(false);
      const reference = fresh();
      for (const text of TEXTS) expect(lib.detect(text), `${limit}: ${text}`).toEqual(reference(text));
      expect(lib.prepareDetector(() => false)).toBe(true);
    }
  });

  it('is not needed: detect() prepares everything at once on first use', () => {
    const reference = fresh();
    for (const text of TEXTS) expect(lib.detect(text)).toEqual(reference(text));
    expect(lib.prepareDetector(() => false)).toBe(true);
  });
});
