import { EMPTY_LIBRARY, type Library } from '../draft/types';
import { resolveUiLocale, type UiLocale } from '../i18n';
import { loadLibrary, watchLibrary } from '../platform/library-store';
import { BackgroundError, send } from '../platform/messaging';
import { loadSettings, watchSettings } from '../platform/settings-store';
import type { Request, RequestType, ResponseMap } from '../protocol';
import type { LoadedSettings } from '../settings/parse';
import type { Settings } from '../settings/schema';
import { ExtensionContextWatch } from './extension-context';
import { showUpdateNotice } from './update-notice';

export type Site = 'gmail' | 'facebook';

/** What a site's controller does at each step of the session. */
export interface SiteHooks {
  /** The site was switched on (or Tactful started with it on): start watching the page. */
  start(): void;
  /** Switched off, or Tactful's extension context is gone: take everything Tactful added off the page. */
  stop(): void;
  /** Settings changed while the site stays on. */
  settingsChanged?(previous: Settings): void;
  /** The template library or FAQ changed. */
  libraryChanged?(): void;
}

/**
 * The lifecycle both content scripts share: read the settings and the library, follow their
 * changes, switch the site's controller on and off with `sites.<site>`, and end everything
 * when the extension context is gone (Tactful updated or reloaded while the page stayed open),
 * leaving a one-line "reload this page" notice. Only the settings or a lost extension context
 * stop Tactful; nothing the page dispatches does.
 */
export class SiteSession {
  settings!: Settings;
  library: Library = EMPTY_LIBRARY;
  locale: UiLocale = 'en';
  private on = false;
  private ended = false;
  private unwatch: (() => void)[] = [];
  private readonly contextWatch: ExtensionContextWatch;

  constructor(
    private readonly doc: Document,
    private readonly site: Site,
    private readonly hooks: SiteHooks,
    /** Called once when the extension context is gone, after the hooks' `stop` (e.g. remove the UI host). */
    private readonly onContextLost: () => void = () => {},
  ) {
    this.contextWatch = new ExtensionContextWatch(doc.defaultView ?? window, () => this.contextLost());
  }

  /** Reads the settings (unless already being read) and the library, then starts. */
  async begin(settingsLoading: Promise<LoadedSettings> = loadSettings()): Promise<void> {
    this.contextWatch.start();
    const [{ settings }, library] = await Promise.all([settingsLoading, loadLibrary()]);
    if (this.ended) return;
    this.library = library;
    this.unwatch.push(
      watchSettings((s) => this.apply(s)),
      watchLibrary((l) => {
        this.library = l;
        if (this.on) this.hooks.libraryChanged?.();
      }),
    );
    this.apply(settings);
  }

  /** Ends the session (the content script is removed): the site's UI goes, no notice. */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.contextWatch.stop();
    if (this.on) this.hooks.stop();
    this.on = false;
    for (const off of this.unwatch) {
      try {
        off();
      } catch {
        // The extension context may already be gone.
      }
    }
    this.unwatch = [];
  }

  /** Whether the site is on and the session running. */
  get active(): boolean {
    return this.on && !this.ended;
  }

  /** Whether the extension is still reachable; ends the session (with the notice) when it is not. */
  checkContext(): boolean {
    return !this.ended && this.contextWatch.check();
  }

  /**
   * Sends a protocol message to the background. A failure to reach it is checked against the
   * extension context: gone means the session ends with the notice; otherwise the error is the
   * caller's to retry or show.
   */
  async send<T extends RequestType>(message: Extract<Request, { type: T }>): Promise<ResponseMap[T]> {
    try {
      return await send(message);
    } catch (err) {
      if (err instanceof BackgroundError && err.code === 'unreachable') this.checkContext();
      throw err;
    }
  }

  private apply(settings: Settings): void {
    if (this.ended) return;
    const previous = this.settings;
    this.settings = settings;
    this.locale = resolveUiLocale(settings.uiLanguage, navigator.language);
    const wanted = settings.sites[this.site];
    if (wanted && !this.on) {
      this.on = true;
      this.hooks.start();
    } else if (!wanted && this.on) {
      this.on = false;
      this.hooks.stop();
    } else if (wanted && previous) this.hooks.settingsChanged?.(previous);
  }

  private contextLost(): void {
    const wasOn = this.on;
    this.end();
    this.onContextLost();
    if (wasOn) showUpdateNotice(this.doc, this.locale);
  }
}
