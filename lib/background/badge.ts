import type { CaseRow } from '../db/types';
import { OPEN_STATUSES } from '../records/lifecycle';

/** What the toolbar badge shows: overdue open cases (red), else new cases (blue). */
export interface BadgeCounts {
  new: number;
  overdue: number;
}

export interface BadgeKeeperDeps {
  /** Counts from the database (`caseCounts`, from the [status+deadlineAt] index). */
  count: () => Promise<BadgeCounts>;
  /** Puts counts on the toolbar. */
  show: (counts: BadgeCounts) => Promise<void>;
  /** A count once captures have paused this long (ms). */
  settleMs?: number;
  /** A count this long after any other change (ms). */
  soonMs?: number;
  /** The toolbar is updated at most this often (ms); the latest counts are shown at the end of each interval. */
  showIntervalMs?: number;
  now?: () => number;
  onError?: (err: unknown) => void;
}

export interface BadgeKeeper {
  /** A capture created these cases (rows as written): the badge is updated without reading the database. */
  created(rows: readonly Pick<CaseRow, 'status' | 'deadlineAt'>[]): void;
  /** Something else changed cases (a status, the dashboard's own writes): count again soon. */
  changed(): void;
  /** Counts now and shows the result (start-up, the periodic deadline check). */
  refresh(): Promise<void>;
}

/**
 * Keeps the toolbar badge in step without counting after every capture.
 *
 * Counting reads the [status+deadlineAt] index, and IndexedDB counts by walking it: in
 * Chromium about 70–150 ms with 10,000 new cases and 300 ms with 50,000, during which the
 * capture transactions wait. A capture, though, changes the counts in a known way: each
 * case it creates is one more new case (overdue only if its deadline has passed, which a
 * deadline at least an hour ahead has not), and a version appended to a case changes
 * neither its status nor its deadline. So after a capture the badge is updated from the
 * counts already known. The database is counted at start-up, on the periodic check,
 * soon after any other change, and once captures pause (`settleMs`), which also corrects
 * the badge after changes made behind the background's back. A count that overlapped a
 * capture may have missed it: it is shown, and counted again after the next pause.
 */
export function createBadgeKeeper(deps: BadgeKeeperDeps): BadgeKeeper {
  const settleMs = deps.settleMs ?? 1000;
  const soonMs = deps.soonMs ?? 100;
  const showIntervalMs = deps.showIntervalMs ?? 250;
  const now = deps.now ?? Date.now;
  const report = deps.onError ?? (() => {});
  /** Counts as they stand, or null while unknown (before the first count, after a stale one). */
  let counts: BadgeCounts | null = null;
  let counting: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  /** A capture finished during the current count. */
  let stale = false;
  let settleTimer: ReturnType<typeof setTimeout> | null = null;
  let soonTimer: ReturnType<typeof setTimeout> | null = null;

  // A burst of single captures would otherwise update the toolbar for each one (two
  // extension API calls, about 0.2–0.5 ms): show at once, then at most once an interval.
  let cooling = false;
  let pending: BadgeCounts | null = null;
  function show(c: BadgeCounts) {
    if (cooling) {
      pending = c;
      return;
    }
    deps.show(c).catch(report);
    cooling = true;
    setTimeout(function cooled() {
      cooling = false;
      if (!pending) return;
      const latest = pending;
      pending = null;
      show(latest);
    }, showIntervalMs);
  }

  async function countAndShow(): Promise<void> {
    stale = false;
    let result: BadgeCounts;
    try {
      result = await deps.count();
    } catch (err) {
      counts = null;
      throw err;
    }
    if (stale) {
      counts = null;
      settleSoon();
    } else counts = result;
    show(result);
  }

  function refresh(): Promise<void> {
    if (!counting) {
      counting = countAndShow().finally(() => {
        counting = null;
      });
      return counting;
    }
    // The running count may have started before the change asking for this one: one more after it.
    queued ??= counting
      .catch(() => {})
      .then(() => {
        queued = null;
        return refresh();
      });
    return queued;
  }

  function settleSoon() {
    if (settleTimer) clearTimeout(settleTimer);
    settleTimer = setTimeout(() => {
      settleTimer = null;
      refresh().catch(report);
    }, settleMs);
  }

  return {
    created(rows) {
      if (counting) stale = true;
      else if (counts && rows.length) {
        const t = now();
        let added = 0;
        let overdue = 0;
        for (const r of rows) {
          if (r.status === 'new') added++;
          if (OPEN_STATUSES.includes(r.status) && r.deadlineAt < t) overdue++;
        }
        counts = { new: counts.new + added, overdue: counts.overdue + overdue };
        show(counts);
      }
      settleSoon();
    },
    changed() {
      counts = null;
      if (counting) stale = true;
      soonTimer ??= setTimeout(() => {
        soonTimer = null;
        refresh().catch(report);
      }, soonMs);
    },
    refresh,
  };
}
