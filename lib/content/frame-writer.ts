/**
 * The Facebook UI's DOM writes (badges, markers, "See more" clicks), grouped into animation
 * frames. On a long comment list every frame that changes the DOM costs the page a style,
 * layout and pre-paint pass over the whole list (measured on the 2,000-comment fixture on a
 * shared 2-core machine: 25–60 ms per frame whatever the number of changes, plus roughly
 * 0.3–0.6 ms per inserted badge). Many small frames therefore cost more in total than a few
 * larger ones (smaller frames were tried: with the floor near 50 ms they all became long
 * tasks and the badges took 17 s). So:
 *   - the first batch is written at once (the first badges show fast), then at most one
 *     batch every `intervalMs` while comments are still being read, and at once when reading
 *     is done (`flushSoon`);
 *   - a frame runs at most `sliceMs` of writes (and `maxPerFrame` entries); the rest go to
 *     the next frame;
 *   - reads a write needs (a layout position) run before any write of the frame, so they
 *     never force a layout.
 */
export interface FrameWrite {
  /** Runs before every write of the frame (layout is clean then); its result goes to `write`. */
  measure?: () => unknown;
  write: (measured: unknown) => void;
}

export class FrameWriter {
  private readonly queue = new Map<string, FrameWrite>();
  private frame: number | null = null;
  private fallback: ReturnType<typeof setTimeout> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastFlush = Number.NEGATIVE_INFINITY;
  private readonly perFrame: number;

  constructor(
    private readonly win: Window,
    private readonly options: { intervalMs?: number; sliceMs?: number; maxPerFrame?: number } = {},
  ) {
    this.perFrame = options.maxPerFrame ?? 500;
  }

  /** Queues a write under a key (a later write with the same key replaces it). */
  queueWrite(key: string, write: FrameWrite): void {
    this.queue.set(key, write);
    this.schedule(false);
  }

  /** Writes are waiting for a frame. */
  get busy(): boolean {
    return this.queue.size > 0;
  }

  /** Drops a queued write (e.g. the comment is gone). */
  cancel(key: string): void {
    this.queue.delete(key);
  }

  /** Writes the queue in the next frame, without waiting for the interval. */
  flushSoon(): void {
    if (this.queue.size) this.schedule(true);
  }

  stop(): void {
    this.queue.clear();
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    if (this.fallback) clearTimeout(this.fallback);
    if (this.timer) clearTimeout(this.timer);
    this.frame = this.fallback = this.timer = null;
  }

  private schedule(urgent: boolean): void {
    if (this.frame !== null) return;
    if (this.timer !== null) {
      if (!urgent) return;
      clearTimeout(this.timer);
      this.timer = null;
    }
    const wait = urgent ? 0 : this.lastFlush + (this.options.intervalMs ?? 150) - performance.now();
    if (wait > 0) this.timer = setTimeout(() => ((this.timer = null), this.requestFrame()), wait);
    else this.requestFrame();
  }

  private requestFrame(): void {
    if (this.frame !== null) return;
    this.frame = this.win.requestAnimationFrame(() => this.flush());
    // A hidden tab gets no frames; write anyway after a while so the page is ready when shown.
    this.fallback = setTimeout(() => this.flush(), 1000);
  }

  private flush(): void {
    if (this.frame !== null) this.win.cancelAnimationFrame(this.frame);
    if (this.fallback) clearTimeout(this.fallback);
    this.frame = this.fallback = null;
    this.lastFlush = performance.now();
    const entries = [...this.queue];
    this.queue.clear();
    const measured = entries.map(([, w]) => (w.measure ? w.measure() : undefined));
    const started = performance.now();
    const sliceMs = this.options.sliceMs ?? 10;
    let done = 0;
    for (const [, w] of entries) {
      if (done > 0 && (done >= this.perFrame || performance.now() - started >= sliceMs)) break;
      done++;
      try {
        w.write(measured[done - 1]);
      } catch {
        // One comment's write failing (its node replaced meanwhile) must not stop the others.
      }
    }
    // What did not fit goes first in the next frame, unless replaced meanwhile.
    const rest = entries.slice(done);
    if (rest.length) {
      const later = [...this.queue];
      this.queue.clear();
      for (const [key, w] of rest) this.queue.set(key, w);
      for (const [key, w] of later) this.queue.set(key, w);
      this.requestFrame();
    }
  }
}
