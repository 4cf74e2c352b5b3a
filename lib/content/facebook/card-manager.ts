import type { Verdict } from '../../corrections/detector';
import type { DetectionResult } from '../../detect/types';
import type { CaseSummary } from '../../protocol';
import type { FacebookComment } from '../../sites/facebook';
import type { VerdictViewState } from '../verdict-view';

/** What the card's buttons do (components/facebook/SuggestionCard.tsx draws it). */
export interface CardActions {
  insertPublic: (text: string) => Promise<'inserted' | 'copied' | 'failed'>;
  copyPrivate: (text: string) => Promise<boolean>;
  record: () => Promise<CaseSummary>;
  openCase: (caseId: string) => void;
  close: () => void;
  /** Stores the CSM's verdict on the comment as judged (the background, through the protocol). */
  correct: (verdict: Verdict) => Promise<void>;
  undoCorrection: (correctionId: string) => Promise<void>;
}

export interface CardData extends VerdictViewState {
  comment: FacebookComment;
  detection: DetectionResult;
  anchor: DOMRect;
  commentRect?: DOMRect;
  actions: CardActions;
}

/** React and the card, in a chunk of their own (components/facebook/card-view.tsx). */
export interface CardView {
  render(props: CardData & { key: string }): void;
  unmount(): void;
}
export type CreateCardView = (container: HTMLElement) => CardView;

/**
 * The suggestion card: at most one open, drawn into Tactful's shadow root. React and the
 * card's code are imported when a badge is first hovered or focused, or on the first click —
 * not at page load: evaluating React DOM is a task of 10–30 ms, which under load stretched
 * past 50 ms when it was preloaded while idle.
 */
export class CardManager {
  private create: CreateCardView | null = null;
  private loading: Promise<void> | null = null;
  private view: CardView | null = null;
  private id: string | null = null;
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly container: HTMLElement,
    private readonly loadView: () => Promise<CreateCardView>,
    /** The card's contents for a comment (null when the comment is gone). */
    private readonly dataFor: (id: string) => Omit<CardData, 'actions'> | null,
    private readonly actionsFor: (id: string) => CardActions,
    /** The card's code started or finished loading. */
    private readonly onActivity: () => void = () => {},
  ) {}

  get openId(): string | null {
    return this.id;
  }

  /** The card's code is still being imported. */
  get busy(): boolean {
    return this.loading !== null && this.create === null;
  }

  /** Starts importing the card's code (a badge was hovered or focused). */
  prepare(): Promise<void> {
    return (this.loading ??= this.loadView().then(
      (create) => {
        this.create = create;
        this.onActivity();
      },
      (err: unknown) => {
        this.loading = null; // tried again on the next click
        console.error('Tactful could not load the suggestion card.', err);
      },
    ));
  }

  open(id: string, badgeHost: HTMLElement): void {
    this.id = id;
    this.returnFocus = badgeHost;
    this.render();
    this.onActivity();
  }

  /** Redraws the open card (all cards when `id` is omitted) with fresh data. */
  refresh(id?: string): void {
    if (this.id && (id === undefined || id === this.id)) this.render();
  }

  close(): void {
    this.view?.unmount();
    this.view = null;
    this.id = null;
    const back = this.returnFocus?.shadowRoot?.querySelector('button');
    this.returnFocus = null;
    back?.focus();
  }

  private render(): void {
    const id = this.id;
    const data = id ? this.dataFor(id) : null;
    if (!id || !data) return;
    if (!this.create) {
      void this.prepare().then(() => this.create && this.render());
      return;
    }
    this.view ??= this.create(this.container);
    this.view.render({ key: id, ...data, actions: this.actionsFor(id) });
  }
}
