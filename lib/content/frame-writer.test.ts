import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FrameWriter } from './frame-writer';

/** A window whose animation frames run when the test says so. */
function fakeWindow() {
  let next = 1;
  const frames = new Map<number, () => void>();
  const win = {
    requestAnimationFrame: (cb: () => void) => (frames.set(next, cb), next++),
    cancelAnimationFrame: (id: number) => void frames.delete(id),
  } as unknown as Window;
  const runFrame = () => {
    const pending = [...frames.values()];
    frames.clear();
    for (const cb of pending) cb();
    return pending.length;
  };
  return { win, runFrame, pendingFrames: () => frames.size };
}

describe('FrameWriter', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
  afterEach(() => vi.useRealTimers());

  it('writes the first batch in the next frame, then waits for the interval while more comes', () => {
    const { win, runFrame, pendingFrames } = fakeWindow();
    const writer = new FrameWriter(win, { intervalMs: 150 });
    const done: string[] = [];
    writer.queueWrite('a', { write: () => done.push('a') });
    expect(pendingFrames()).toBe(1);
    runFrame();
    expect(done).toEqual(['a']);
    writer.queueWrite('b', { write: () => done.push('b') });
    expect(pendingFrames()).toBe(0); // within the interval: no frame requested yet
    vi.advanceTimersByTime(150);
    runFrame();
    expect(done).toEqual(['a', 'b']);
  });

  it('flushSoon skips the interval (reading is done)', () => {
    const { win, runFrame } = fakeWindow();
    const writer = new FrameWriter(win, { intervalMs: 1000 });
    const done: string[] = [];
    writer.queueWrite('a', { write: () => done.push('a') });
    runFrame();
    writer.queueWrite('b', { write: () => done.push('b') });
    writer.flushSoon();
    runFrame();
    expect(done).toEqual(['a', 'b']);
  });

  it('keeps the last write per key, and a cancelled key is not written', () => {
    const { win, runFrame } = fakeWindow();
    const writer = new FrameWriter(win);
    const done: string[] = [];
    writer.queueWrite('x', { write: () => done.push('x1') });
    writer.queueWrite('x', { write: () => done.push('x2') });
    writer.queueWrite('y', { write: () => done.push('y') });
    writer.cancel('y');
    runFrame();
    expect(done).toEqual(['x2']);
  });

  it('runs every measure of the frame before any write (no forced layout between writes)', () => {
    const { win, runFrame } = fakeWindow();
    const writer = new FrameWriter(win);
    const log: string[] = [];
    writer.queueWrite('a', { measure: () => (log.push('measure a'), 1), write: (m) => log.push(`write a ${m}`) });
    writer.queueWrite('b', { write: () => log.push('write b') });
    writer.queueWrite('c', { measure: () => (log.push('measure c'), 3), write: (m) => log.push(`write c ${m}`) });
    runFrame();
    expect(log).toEqual(['measure a', 'measure c', 'write a 1', 'write b', 'write c 3']);
  });

  it('spreads a large queue over frames (per-frame cap), in order, and a failing write does not stop the others', () => {
    const { win, runFrame } = fakeWindow();
    const writer = new FrameWriter(win, { maxPerFrame: 3 });
    const done: number[] = [];
    for (let i = 0; i < 8; i++)
      writer.queueWrite(`k${i}`, {
        write: () =>
          i === 1
            ? (() => {
                throw new Error('node replaced');
              })()
            : done.push(i),
      });
    runFrame();
    expect(done).toEqual([0, 2]);
    expect(writer.busy).toBe(true);
    runFrame();
    expect(done).toEqual([0, 2, 3, 4, 5]);
    runFrame();
    expect(done).toEqual([0, 2, 3, 4, 5, 6, 7]);
    expect(writer.busy).toBe(false);
  });

  it('writes after a while even when no frame comes (hidden tab)', () => {
    const { win } = fakeWindow();
    const writer = new FrameWriter(win);
    const done: string[] = [];
    writer.queueWrite('a', { write: () => done.push('a') });
    vi.advanceTimersByTime(1000);
    expect(done).toEqual(['a']);
  });
});
