import { describe, expect, it } from 'vitest';
import { detect, prepareDetector } from './index';
import { createDetector } from './detector';
import { LinearModel, type ModelArtifact } from './model';
import artifact from './model/model.json';

// Its own file: the detector is a module singleton, and this must run before anything else prepares it.
describe('prepareDetector', () => {
  it('does its one-time work in as many small steps as it is given, then detects exactly as detect() does', () => {
    expect(prepareDetector(() => false)).toBe(false);
    let steps = 0;
    let budget = 0;
    // One unit of work per call: each step may analyse one rule (or build the index, or load the model).
    while (!prepareDetector(() => budget-- > 0)) {
      budget = 1;
      steps++;
      expect(steps).toBeLessThan(10_000);
    }
    expect(steps).toBeGreaterThan(20);
    expect(prepareDetector(() => false)).toBe(true);
    const fresh = createDetector(new LinearModel(artifact as unknown as ModelArtifact));
    for (const text of ['第三次了還是沒收到貨，再不退款我就找消保官', 'Love these mugs!', 'You charged me twice. Order #448812.', '']) {
      expect(detect(text)).toEqual(fresh(text));
    }
  });
});
