export type IdleDeadlineLike = { timeRemaining: () => number; didTimeout?: boolean };
type PostTask = (cb: () => void, options: { priority: 'background' }) => Promise<unknown>;

/**
 * Runs `cb` when the page has nothing more urgent to do: a background-priority task
 * (`scheduler.postTask`, which runs as soon as rendering and input are done, without
 * waiting for a full idle period), else an idle callback, else a timer. An idle callback
 * that does not come within `fallbackMs` is replaced by a timer: on a busy page (or in
 * headless Chromium) a requested idle callback was seen not to run for seconds.
 */
export function requestIdle(cb: (d: IdleDeadlineLike) => void, fallbackMs = 300): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function') {
    void scheduler
      .postTask(() => cb({ timeRemaining: () => 0, didTimeout: true }), { priority: 'background' })
      .catch(() => {});
    return;
  }
  let done = false;
  const run = (d: IdleDeadlineLike) => {
    if (done) return;
    done = true;
    cb(d);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: fallbackMs });
  setTimeout(() => run({ timeRemaining: () => 0, didTimeout: true }), fallbackMs + 50);
}
