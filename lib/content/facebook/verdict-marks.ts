import type { DetectionResult } from '../../detect/types';
import type { UiLocale } from '../../i18n';
import { badgeAnchor } from '../../sites/facebook';
import type { FrameWriter } from '../frame-writer';
import { assistTranslator } from '../i18n';
import {
  hasMarkers,
  removeMarkers,
  removeNeutralMarker,
  renderBadge,
  renderNeutralMarker,
  setBadgeProblem,
} from './badges';

export interface VerdictMarkHooks {
  locale: () => UiLocale;
  showNeutralMarkers: () => boolean;
  /** Why the comment could not be recorded, if it could not. */
  problemOf: (id: string) => string | null;
  /** The badge or marker was clicked (a trusted click: both live in guarded shadow roots). */
  open: (id: string, host: HTMLElement) => void;
  /** A badge was hovered or focused: start loading the card's code, so that a click rarely waits for it. */
  prepareCard: () => void;
}

/**
 * A comment's verdict on the page: the badge of a complaint, else the neutral marker when they
 * are shown, else nothing. Everything goes through the frame writer, keyed by comment, so a
 * verdict that changes again before its frame replaces the queued one.
 */
export class VerdictMarks {
  constructor(
    private readonly writer: FrameWriter,
    private readonly hooks: VerdictMarkHooks,
  ) {}

  show(element: Element, id: string, detection: DetectionResult): void {
    if (detection.complaint) return this.queueBadge(element, id, detection);
    const neutral = this.hooks.showNeutralMarkers();
    if (!hasMarkers(id) && !neutral) return this.writer.cancel(`badge:${id}`);
    this.writer.queueWrite(`badge:${id}`, {
      write: () => {
        removeMarkers(id);
        const anchor = element.isConnected ? badgeAnchor(element) : null;
        if (anchor && this.hooks.showNeutralMarkers())
          renderNeutralMarker(anchor, id, 'Tactful: not a complaint', (host) => this.hooks.open(id, host));
      },
    });
  }

  private queueBadge(element: Element, id: string, detection: DetectionResult): void {
    const t = assistTranslator(this.hooks.locale());
    // Found while reading (the writes of a frame should only write); checked again at write time.
    const found = badgeAnchor(element);
    this.writer.queueWrite(`badge:${id}`, {
      write: () => {
        if (!element.isConnected) return;
        const anchor = found?.isConnected && element.contains(found) ? found : badgeAnchor(element);
        if (!anchor) return;
        removeNeutralMarker(id);
        renderBadge(anchor, id, detection, t, (host) => this.hooks.open(id, host), this.hooks.prepareCard);
        const problem = this.hooks.problemOf(id);
        if (problem) setBadgeProblem(id, problem);
      },
    });
  }
}
