import { extensionAlive } from '../platform/runtime';

/**
 * Notices when this content script's extension context is gone (Tactful updated, reloaded or
 * removed while the page stayed open): `runtime.id` disappears and every message fails. Checked
 * every few seconds (a property read), when the tab becomes visible again, and whenever a
 * message to the background fails (`check()`). Nothing a page can dispatch ends it.
 */
export class ExtensionContextWatch {
  private timer: ReturnType<typeof setInterval> | null = null;
  private lost = false;

  constructor(
    private readonly win: Window,
    private readonly onLost: () => void,
    private readonly intervalMs = 2000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.check(), this.intervalMs);
    this.win.document.addEventListener('visibilitychange', this.onVisibility);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.win.document.removeEventListener('visibilitychange', this.onVisibility);
  }

  /** True while the extension is there; calls `onLost` once when it is not. */
  check(): boolean {
    if (this.lost) return false;
    if (extensionAlive()) return true;
    this.lost = true;
    this.stop();
    this.onLost();
    return false;
  }

  private onVisibility = () => {
    if (this.win.document.visibilityState === 'visible') this.check();
  };
}
