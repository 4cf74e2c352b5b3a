import { useCallback, useEffect, useRef, useState } from 'react';
import type { LibraryT } from './i18n';

export interface Notice {
  kind: 'ok' | 'error';
  text: string;
  /** Offered after a delete; receives focus so a keyboard user can undo at once. */
  undo?: () => Promise<void>;
}

/** One line of feedback under a section heading (a live region), with an optional Undo. */
export function StatusLine(props: { notice: Notice | null; t: LibraryT; testId: string }) {
  const { notice, t } = props;
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (notice?.undo) undoRef.current?.focus();
  }, [notice]);
  return (
    <div className="lib-status" aria-live="polite">
      {notice && (
        <p
          className={notice.kind === 'ok' ? 'ok' : 'error'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-tactful={props.testId}
        >
          {notice.text}
          {notice.undo && (
            <>
              {' '}
              <button
                type="button"
                ref={undoRef}
                className="small"
                data-tactful-action="undo"
                onClick={() => void notice.undo?.()}
              >
                {t('undo')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}

/** A request to move focus to `[data-focus-key=key]` after the next render (n makes repeats distinct). */
export function useFocusKey() {
  const [focusKey, setState] = useState<{ key: string; n: number } | null>(null);
  const set = useCallback((key: string) => setState((prev) => ({ key, n: (prev?.n ?? 0) + 1 })), []);
  return [focusKey, set] as const;
}

/** Moves focus to the element with `data-focus-key` after a render (editor closed, entry saved). */
export function FocusRestorer(props: { focusKey: { key: string; n: number } | null }) {
  useEffect(() => {
    if (!props.focusKey) return;
    const el = document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(props.focusKey.key)}"]`);
    el?.focus();
  }, [props.focusKey]);
  return null;
}
