import type { lintReply, LintOptions } from '../draft/lint/lint';
import type { LintFinding } from '../draft/types';
import type { AssistT } from './i18n';
import { guardTrustedEvents } from './trusted-events';

/**
 * Live lint for the site's own reply editors, like an inline writing assistant: a small
 * indicator beside the focused editor shows how many findings the reply has; clicking it
 * lists them. It only reads the editor (on input, debounced) and never writes to it, so
 * typing, undo, IME composition and the editor's shortcuts are untouched.
 *
 * Options: `isEditor(el)` says which focused elements are reply editors; `lintOptions(editor)`
 * gives the lint context (or null to skip this editor); `t` translates.
 */
export interface LiveLintOptions {
  isEditor: (el: Element) => boolean;
  lintOptions: (editor: HTMLElement) => LintOptions | null;
  t: AssistT;
  debounceMs?: number;
}

/**
 * The lint's rules (and the Traditional → Simplified dictionary it compares names with) load
 * when a reply editor is first focused, not with every page: most page views never reply.
 */
let lint: typeof lintReply | null = null;
let loadingLint: Promise<void> | null = null;
const loadLint = () =>
  (loadingLint ??= import('../draft/lint/lint').then(
    (m) => {
      lint = m.lintReply;
    },
    (err: unknown) => {
      loadingLint = null; // the next keystroke tries again
      console.warn('Tactful: the reply lint could not load.', err);
    },
  ));

const CSS = `
:host { all: initial; }
.chip { font: 600 12px/1 system-ui, 'Noto Sans TC', 'Noto Sans CJK TC', sans-serif; border: 0; border-radius: 999px; padding: 4px 9px; cursor: pointer; color: #fff; background: #2e7d32; box-shadow: 0 1px 4px rgba(0,0,0,.2); }
.chip.warn { background: #a65f00; }
.chip.err { background: #c62828; }
.chip:focus-visible { outline: 2px solid #1b5fc1; outline-offset: 2px; }
.panel { position: absolute; bottom: calc(100% + 6px); right: 0; width: 320px; max-height: 260px; overflow: auto; background: #fff; color: #1d2129; border: 1px solid #d7dbe2; border-radius: 8px; box-shadow: 0 6px 20px rgba(0,0,0,.18); padding: 8px 10px; font: 12.5px/1.45 system-ui, 'Noto Sans TC', 'Noto Sans CJK TC', sans-serif; }
.panel[hidden] { display: none; }
.panel h4 { margin: 0 0 6px; font-size: 12px; }
.panel ul { margin: 0; padding-left: 16px; }
.panel li + li { margin-top: 4px; }
.panel .error { color: #c62828; }
.panel .warning { color: #a65f00; }
@media (prefers-color-scheme: dark) { .panel { background: #1b1e24; color: #e8eaef; border-color: #3a414d; } }
`;

export class LiveLint {
  private editor: HTMLElement | null = null;
  private host: HTMLElement | null = null;
  private chip: HTMLButtonElement | null = null;
  private panel: HTMLElement | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private frame = 0;
  private findings: LintFinding[] = [];

  constructor(
    private readonly doc: Document,
    private readonly options: LiveLintOptions,
  ) {}

  start(): void {
    this.doc.addEventListener('focusin', this.onFocusIn, true);
    this.doc.addEventListener('input', this.onInput, true);
  }

  stop(): void {
    this.doc.removeEventListener('focusin', this.onFocusIn, true);
    this.doc.removeEventListener('input', this.onInput, true);
    this.detach();
  }

  /** Findings for the current editor (for tests and the UI). */
  get current(): readonly LintFinding[] {
    return this.findings;
  }

  private onFocusIn = (event: Event) => {
    const target = event.target as Element | null;
    if (!target || target === this.host || this.host?.contains(target)) return;
    const editor = target.closest?.('[contenteditable="true"]') as HTMLElement | null;
    if (editor && this.options.isEditor(editor) && this.options.lintOptions(editor)) {
      if (editor !== this.editor) this.attach(editor);
    }
  };

  private onInput = (event: Event) => {
    if (!this.editor || !(event.target instanceof Node) || !this.editor.contains(event.target)) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.options.debounceMs ?? 300);
  };

  private attach(editor: HTMLElement): void {
    this.detach();
    this.editor = editor;
    const host = this.doc.createElement('span');
    host.setAttribute('data-tactful', 'live-lint');
    host.style.cssText = 'position:fixed;z-index:2147483000;display:none';
    const shadow = guardTrustedEvents(host.attachShadow({ mode: 'open' }));
    const style = this.doc.createElement('style');
    style.textContent = CSS;
    const chip = this.doc.createElement('button');
    chip.type = 'button';
    chip.className = 'chip';
    chip.setAttribute('data-tactful', 'live-lint-count');
    chip.setAttribute('aria-expanded', 'false');
    // Keep the caret in the editor: the chip never takes focus on mouse down.
    chip.addEventListener('mousedown', (e) => e.preventDefault());
    chip.addEventListener('click', () => this.togglePanel());
    const panel = this.doc.createElement('div');
    panel.className = 'panel';
    panel.hidden = true;
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('data-tactful', 'live-lint-list');
    shadow.append(style, chip, panel);
    this.doc.body.append(host);
    this.host = host;
    this.chip = chip;
    this.panel = panel;
    this.run();
    this.follow();
  }

  private detach(): void {
    cancelAnimationFrame(this.frame);
    this.host?.remove();
    this.host = this.chip = this.panel = null;
    this.editor = null;
    this.findings = [];
  }

  /** Keeps the chip at the editor's bottom-right corner; goes away with the editor. */
  private follow = () => {
    if (!this.editor || !this.host) return;
    if (!this.editor.isConnected) {
      this.detach();
      return;
    }
    const rect = this.editor.getBoundingClientRect();
    this.host.style.left = `${Math.max(0, rect.right - 8)}px`;
    this.host.style.top = `${Math.max(0, rect.bottom - 14)}px`;
    this.host.style.transform = 'translateX(-100%)';
    this.frame = requestAnimationFrame(this.follow);
  };

  private run(): void {
    if (!this.editor || !this.chip || !this.panel || !this.host) return;
    const options = this.options.lintOptions(this.editor);
    const text = this.editor.innerText.replace(/\n$/, '');
    if (options && text.trim() && !lint) {
      void loadLint().then(() => lint && this.run());
      return;
    }
    if (!options || !text.trim() || !lint) {
      this.host.style.display = 'none';
      this.findings = [];
      return;
    }
    this.findings = lint(text, options);
    const errors = this.findings.filter((f) => f.severity === 'error').length;
    const { t } = this.options;
    this.chip.className = `chip${errors ? ' err' : this.findings.length ? ' warn' : ''}`;
    this.chip.textContent = this.findings.length ? `Tactful · ${this.findings.length}` : 'Tactful ✓';
    this.chip.setAttribute('data-count', String(this.findings.length));
    this.chip.setAttribute(
      'aria-label',
      `${t('liveLintTitle')}: ${this.findings.length ? t('lintCount', { count: this.findings.length }) : t('liveLintNone')}`,
    );
    const title = this.doc.createElement('h4');
    title.textContent = t('liveLintTitle');
    const list = this.doc.createElement('ul');
    for (const f of this.findings) {
      const li = this.doc.createElement('li');
      li.className = f.severity;
      li.textContent = f.message + (f.suggestion ? ` ${f.suggestion}` : '');
      list.append(li);
    }
    if (!this.findings.length) {
      const li = this.doc.createElement('li');
      li.textContent = t('liveLintNone');
      list.append(li);
    }
    this.panel.replaceChildren(title, list);
    this.host.style.display = 'block';
  }

  private togglePanel(): void {
    if (!this.panel || !this.chip) return;
    this.panel.hidden = !this.panel.hidden;
    this.chip.setAttribute('aria-expanded', String(!this.panel.hidden));
  }
}
