import { describe, expect, it, vi } from 'vitest';
import { correctionSetStepsOf, judge } from '../corrections/detector';
import type { StoredCorrection } from '../corrections/schema';
import { corrected } from '../corrections/testing';
import { ContentCorrections, forEachWhenIdle, type CorrectionsSource } from './corrections';
import type { IdleDeadlineLike } from './idle';

const COMPLAINT = '等了三個禮拜還沒出貨，客服都不回，我要退款！';

/** A storage stand-in: `stored` is what load reads; `change` plays a storage.onChanged event with a raw value. */
function fakeSource(initial: unknown) {
  let listener: ((raw: unknown) => void) | null = null;
  const idle: ((d: IdleDeadlineLike) => void)[] = [];
  const source: CorrectionsSource = {
    load: () => Promise.resolve(initial),
    watch: (cb) => {
      listener = cb;
      return () => (listener = null);
    },
    build: vi.fn(correctionSetStepsOf),
    idle: (work) => idle.push(work),
  };
  return {
    source,
    change: (raw: unknown) => listener?.(raw),
    watching: () => listener !== null,
    /** Runs idle tasks (reading, then building) until none is left. */
    runIdle: () => {
      while (idle.length) idle.shift()!({ timeRemaining: () => 0, didTimeout: true });
    },
  };
}

const valueOf = (entries: StoredCorrection[]) => ({ version: 1, entries, undone: [] });
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('content-script corrections', () => {
  it('builds the set once the detector is ready, then re-judges once per change', async () => {
    const notComplaint = corrected(COMPLAINT, { complaint: false });
    const fake = fakeSource(valueOf([]));
    const onChange = vi.fn();
    const corrections = new ContentCorrections(fake.source, onChange);
    corrections.start();
    await flush();
    expect(fake.source.build).not.toHaveBeenCalled(); // the model may not be prepared yet
    const ready = corrections.ready();
    fake.runIdle();
    await ready;
    expect(corrections.set).toBeUndefined(); // none stored
    expect(judge(COMPLAINT, corrections.set).complaint).toBe(true);
    expect(onChange).not.toHaveBeenCalled();

    fake.change(valueOf([notComplaint]));
    expect(onChange).not.toHaveBeenCalled(); // built in an idle task, not in the storage event
    fake.runIdle();
    expect(onChange).toHaveBeenCalledTimes(1);
    const after = judge(COMPLAINT, corrections.set);
    expect(after.complaint).toBe(false);
    expect(after.correction?.match).toBe('same-text');
    expect(corrections.find(after.correction?.id)?.correction.id).toBe(notComplaint.correction.id);

    // Undone in another tab: back to Tactful's own verdict.
    fake.change(valueOf([]));
    fake.change(valueOf([])); // two events before the idle task: one build
    fake.runIdle();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(fake.source.build).toHaveBeenCalledTimes(1);
    expect(judge(COMPLAINT, corrections.set).complaint).toBe(true);
  });

  it('reads the stored value an entry at a time, in idle slices, before building the set once', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => corrected(`${COMPLAINT} ${i}`, { complaint: false }));
    const fake = fakeSource(valueOf(entries));
    const idle: ((d: IdleDeadlineLike) => void)[] = [];
    fake.source.idle = (work) => idle.push(work);
    const corrections = new ContentCorrections(fake.source, vi.fn());
    corrections.start();
    const ready = corrections.ready();
    await flush();
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 5)); // each entry "takes" 5 ms
    let tasks = 0;
    while (idle.length) {
      tasks++;
      idle.shift()!({ timeRemaining: () => 0, didTimeout: true });
    }
    now.mockRestore();
    await ready;
    expect(tasks).toBeGreaterThan(4); // a few entries per slice, then one task for the build
    expect(fake.source.build).toHaveBeenCalledTimes(1);
    expect(judge(`${COMPLAINT} 11`, corrections.set).complaint).toBe(false);
  });

  it('applies the stored corrections from the first verdict on', async () => {
    const fake = fakeSource(valueOf([corrected(COMPLAINT, { complaint: false })]));
    const corrections = new ContentCorrections(fake.source, vi.fn());
    corrections.start();
    const ready = corrections.ready();
    await flush();
    fake.runIdle();
    await ready;
    expect(judge(COMPLAINT, corrections.set).complaint).toBe(false);
  });

  it('does not crash on a damaged stored value: the valid entries apply, the rest are skipped', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = corrected(COMPLAINT, { complaint: false });
    const fake = fakeSource('not an object at all');
    const onChange = vi.fn();
    const corrections = new ContentCorrections(fake.source, onChange);
    corrections.start();
    const ready = corrections.ready();
    await flush();
    fake.runIdle();
    await ready;
    expect(corrections.set).toBeUndefined();

    fake.change({ version: 99, entries: [{ correction: { id: 'x' } }, good, 42], undone: 'no' });
    fake.runIdle();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(judge(COMPLAINT, corrections.set).complaint).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('keeps judging without corrections when the set cannot be built or the storage cannot be read', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fake = fakeSource(valueOf([corrected(COMPLAINT, { complaint: false })]));
    fake.source.build = () => {
      throw new Error('broken');
    };
    fake.source.load = () => Promise.reject(new Error('storage gone'));
    const corrections = new ContentCorrections(fake.source, vi.fn());
    corrections.start();
    const ready = corrections.ready();
    await flush();
    fake.runIdle();
    await ready;
    expect(corrections.set).toBeUndefined();
    fake.change(valueOf([corrected(COMPLAINT, { complaint: false })]));
    fake.runIdle();
    expect(corrections.set).toBeUndefined();
    expect(error).toHaveBeenCalledWith('Tactful could not apply the stored corrections.', expect.any(Error));
    error.mockRestore();
  });

  it('a change seen before the first read answers wins over the older read', async () => {
    const fake = fakeSource(valueOf([]));
    const corrections = new ContentCorrections(fake.source, vi.fn());
    corrections.start();
    fake.change(valueOf([corrected(COMPLAINT, { complaint: false })])); // before load resolves
    const ready = corrections.ready();
    await flush();
    fake.runIdle();
    await ready;
    expect(judge(COMPLAINT, corrections.set).complaint).toBe(false);
  });

  it('stops following changes when stopped', async () => {
    const fake = fakeSource(valueOf([]));
    const onChange = vi.fn();
    const corrections = new ContentCorrections(fake.source, onChange);
    corrections.start();
    const ready = corrections.ready();
    await flush();
    fake.runIdle();
    await ready;
    corrections.stop();
    expect(fake.watching()).toBe(false);
    fake.change(valueOf([corrected(COMPLAINT, { complaint: false })]));
    fake.runIdle();
    expect(onChange).not.toHaveBeenCalled();
    expect(corrections.set).toBeUndefined();
  });
});

describe('forEachWhenIdle', () => {
  it('works through the items in slices and stops when asked', () => {
    const queued: ((d: { timeRemaining: () => number; didTimeout?: boolean }) => void)[] = [];
    const idle = (cb: (typeof queued)[number]) => queued.push(cb);
    const seen: number[] = [];
    const done = vi.fn();
    const now = vi.spyOn(performance, 'now');
    let clock = 0;
    now.mockImplementation(() => (clock += 3)); // each item "takes" 3 ms
    forEachWhenIdle([1, 2, 3, 4, 5, 6], (n) => seen.push(n), { sliceMs: 8, idle, done });
    queued.shift()!({ timeRemaining: () => 0, didTimeout: true });
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.length).toBeLessThan(6);
    while (queued.length) queued.shift()!({ timeRemaining: () => 0, didTimeout: true });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6]);
    expect(done).toHaveBeenCalledTimes(1);

    const stopped: number[] = [];
    const stop = forEachWhenIdle([1, 2, 3, 4, 5, 6], (n) => stopped.push(n), { sliceMs: 8, idle });
    queued.shift()!({ timeRemaining: () => 0, didTimeout: true });
    stop();
    while (queued.length) queued.shift()!({ timeRemaining: () => 0, didTimeout: true });
    expect(stopped.length).toBeLessThan(6);
    now.mockRestore();
  });
});
