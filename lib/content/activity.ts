/**
 * Whether Tactful still has work queued on this page, written on its own UI host as
 * `data-tactful-state="busy" | "idle"` (no verdict, no extension id): the browser tests and
 * benchmarks wait for "idle" instead of sleeping. Checked when the controller says something
 * finished, and every 100 ms while busy (timers and replies end work too).
 */
export class ActivityMarker {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly isBusy: () => boolean,
  ) {
    host.setAttribute('data-tactful-state', 'busy');
  }

  update(): void {
    const busy = this.isBusy();
    const state = busy ? 'busy' : 'idle';
    if (this.host.getAttribute('data-tactful-state') !== state) this.host.setAttribute('data-tactful-state', state);
    if (busy) this.timer ??= setTimeout(() => ((this.timer = null), this.update()), 100);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
