import type { DetectionResult } from '../detect/types';
import type { UiLocale } from '../i18n';
import { BackgroundError } from '../platform/messaging';
import type { ErrorCode } from '../protocol';
import { contentTranslator } from './i18n';

export type FailureCode = ErrorCode | 'unreachable' | 'gone';

/** Why a capture was not stored. */
export interface CaptureFailure {
  code: FailureCode;
  /** The background's own explanation (English), kept for the details. */
  detail: string;
}

export function captureFailureOf(err: unknown): CaptureFailure {
  if (err instanceof BackgroundError) return { code: err.code, detail: err.message };
  return { code: 'internal', detail: err instanceof Error ? err.message : String(err) };
}

/** Failures worth trying again: the background was restarting (the extension itself is still there). */
export const isTransient = (failure: CaptureFailure) => failure.code === 'unreachable';

/** The line shown on the badge, card or sidebar: "Not recorded: <why>", in the UI language. */
export function describeCaptureFailure(failure: CaptureFailure, locale: UiLocale, attempts = 1): string {
  const t = contentTranslator(locale);
  const reason =
    failure.code === 'author_mismatch'
      ? t('failed_author_mismatch')
      : failure.code === 'source_mismatch'
        ? t('failed_source_mismatch')
        : failure.code === 'invalid_message'
          ? t('failed_invalid_message', { message: failure.detail })
          : failure.code === 'unreachable'
            ? t('failed_unreachable', { count: attempts })
            : failure.code === 'gone'
              ? t('failed_gone')
              : t('failed_other', { message: failure.detail });
  return t('notRecorded', { reason });
}

/** The verdict snapshot a capture carries. */
export function detectedSnapshot(detection: DetectionResult) {
  return {
    score: detection.score,
    severity: detection.severity,
    categories: detection.categories,
    quadrant: detection.quadrantHint.quadrant,
    language: detection.language,
    need: detection.need,
  };
}
