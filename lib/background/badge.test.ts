import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadgeKeeper, type BadgeCounts } from './badge';

const NOW = 1_700_000_000_000;
const HOUR = 3_600_000;
const fresh = { status: 'new' as const, deadlineAt: NOW + 24 * HOUR };

/** A database stand-in: `truth` is what a count would find; counts can be held open. */
function setup() {
  const state = { truth: { new: 0, overdue: 0 } as BadgeCounts, counts: 0, hold: null as Promise<void> | null };
  const shown: BadgeCounts[] = [];
  const errors: unknown[] = [];
  const keeper = createBadgeKeeper({
    count: async () => {
      state.counts++;
      const seen = { ...state.truth }; // the snapshot is taken when the count starts
      if (state.hold) await state.hold;
      return seen;
    },
    show: async (c) => void shown.push(c),
    settleMs: 1000,
    soonMs: 100,
    showIntervalMs: 1, // the toolbar throttle has its own test

    now: () => NOW,
    onError: (e) => errors.push(e),
  });
  return { state, shown, errors, keeper, last: () => shown.at(-1) };
}

/** Lets the toolbar throttle (1 ms here) show the latest counts. */
const flush = () => vi.advanceTimersByTimeAsync(1);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('toolbar badge counts', () => {
  it('adds the cases a capture created to the known counts, without counting', async () => {
    const { state, keeper, last } = setup();
    state.truth = { new: 3, overdue: 0 };
    await keeper.refresh();
    expect(last()).toEqual({ new: 3, overdue: 0 });
    for (let batch = 0; batch < 20; batch++) {
      state.truth.new += 500;
      keeper.created(Array.from({ length: 500 }, () => fresh));
      await vi.advanceTimersByTimeAsync(100); // captures keep coming: no count in between
    }
    expect(last()).toEqual({ new: 10_003, overdue: 0 });
    expect(state.counts).toBe(1);
  });

  it('counts once captures pause, which also corrects changes it was not told about', async () => {
    const { state, keeper, last } = setup();
    await keeper.refresh();
    state.truth = { new: 7, overdue: 2 }; // written behind its back (say, from the service worker console)
    keeper.created([fresh]);
    await flush();
    expect(last()).toEqual({ new: 1, overdue: 0 });
    await vi.advanceTimersByTimeAsync(998);
    expect(state.counts).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(state.counts).toBe(2);
    await flush();
    expect(last()).toEqual({ new: 7, overdue: 2 });
  });

  it('counts a created case whose deadline has already passed as overdue', async () => {
    const { keeper, last } = setup();
    await keeper.refresh();
    keeper.created([fresh, { status: 'new', deadlineAt: NOW - 1 }]);
    await flush();
    expect(last()).toEqual({ new: 2, overdue: 1 });
  });

  it('does not add to a count that a capture overlapped, and counts again after the pause', async () => {
    const { state, keeper, shown, last } = setup();
    await keeper.refresh();
    let release!: () => void;
    state.hold = new Promise((r) => (release = r));
    const counting = keeper.refresh(); // snapshot: 0 new
    state.truth.new += 2;
    keeper.created([fresh, fresh]); // finished while the count ran: it may or may not be in it
    state.hold = null;
    release();
    await counting;
    expect(last()).toEqual({ new: 0, overdue: 0 });
    state.truth.new += 1;
    keeper.created([fresh]); // counts are unknown now: nothing is added to a possibly stale figure
    expect(shown.filter((c) => c.new === 1)).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(last()).toEqual({ new: 3, overdue: 0 });
  });

  it('counts soon after any other change, and shows no figure built on the counts from before it', async () => {
    const { state, keeper, shown, last } = setup();
    state.truth = { new: 2, overdue: 0 };
    await keeper.refresh();
    await flush();
    state.truth = { new: 1, overdue: 1 }; // a status change
    keeper.changed();
    keeper.changed();
    state.truth.new += 1;
    keeper.created([fresh]);
    expect(shown).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(100);
    expect(state.counts).toBe(2);
    await flush();
    expect(last()).toEqual({ new: 2, overdue: 1 });
    keeper.created([fresh]);
    await flush();
    expect(last()).toEqual({ new: 3, overdue: 1 });
  });

  it('never runs two counts at once: asking during a count makes one more after it', async () => {
    const { state, keeper, last } = setup();
    let release!: () => void;
    state.hold = new Promise((r) => (release = r));
    const first = keeper.refresh();
    state.truth = { new: 5, overdue: 0 };
    const second = keeper.refresh();
    const third = keeper.refresh();
    expect(state.counts).toBe(1);
    state.hold = null;
    release();
    await Promise.all([first, second, third]);
    expect(state.counts).toBe(2);
    await flush();
    expect(last()).toEqual({ new: 5, overdue: 0 });
  });

  it('updates the toolbar at once, then at most once an interval, always ending on the latest counts', async () => {
    const shown: BadgeCounts[] = [];
    const keeper = createBadgeKeeper({
      count: async () => ({ new: 0, overdue: 0 }),
      show: async (c) => void shown.push(c),
      showIntervalMs: 250,
      settleMs: 60_000,
      now: () => NOW,
    });
    await keeper.refresh();
    expect(shown).toEqual([{ new: 0, overdue: 0 }]);
    for (let i = 0; i < 1000; i++) {
      keeper.created([fresh]); // 1,000 single captures, 1 ms apart
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(shown.length).toBeGreaterThanOrEqual(4);
    expect(shown.length).toBeLessThanOrEqual(6);
    await vi.advanceTimersByTimeAsync(250);
    expect(shown.at(-1)).toEqual({ new: 1000, overdue: 0 });
    expect(shown.map((c) => c.new)).toEqual([...shown.map((c) => c.new)].sort((a, b) => a - b));
  });

  it('reports a failed count and adds nothing until a count succeeds', async () => {
    const { state, keeper, shown, errors } = setup();
    await keeper.refresh();
    const failing = createBadgeKeeper({
      count: () => Promise.reject(new Error('database closed')),
      show: async (c) => void shown.push(c),
      onError: (e) => errors.push(e),
    });
    await expect(failing.refresh()).rejects.toThrow('database closed');
    failing.created([fresh]);
    expect(shown).toHaveLength(1); // only the first keeper's count
    await vi.advanceTimersByTimeAsync(1000);
    expect(errors).toHaveLength(1);
    expect(state.counts).toBe(1);
  });
});
