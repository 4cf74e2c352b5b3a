import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import type { CaseRow } from '../../lib/db/schema';
import type { UiLocale } from '../../lib/i18n';
import { isOverdue } from '../../lib/records/query';
import type { AssistKey, AssistT } from '../assist/i18n';
import { formatDate, formatInterval, formatShortTime, formatTime } from './format';
import type { CasesT } from './i18n';

/**
 * The case table: virtualised rows (50,000 cases scroll smoothly), keyboard navigation
 * (↑/↓ PageUp/PageDown Home/End move, Enter opens, Space selects, Escape closes the open
 * case), each row `[data-tactful="case-row"][data-case-id]`.
 */
export function CaseTable(props: {
  rows: CaseRow[];
  selected: ReadonlySet<string>;
  activeIndex: number;
  openId: string | null;
  now: number;
  locale: UiLocale;
  t: CasesT;
  ta: AssistT;
  onActive: (index: number) => void;
  onOpen: (id: string) => void;
  onToggle: (id: string) => void;
  onToggleAll: () => void;
  onClose: () => void;
  /** The scrolling body, which holds the keyboard focus. */
  bodyRef: RefObject<HTMLDivElement | null>;
}) {
  const { rows, t, ta } = props;
  const scroller = props.bodyRef;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 44,
    overscan: 12,
  });

  useEffect(() => {
    if (props.activeIndex >= 0) virtualizer.scrollToIndex(props.activeIndex, { align: 'auto' });
  }, [props.activeIndex, virtualizer]);

  const onKey = (e: KeyboardEvent) => {
    const i = props.activeIndex;
    if (e.key === 'ArrowDown') props.onActive(Math.min(rows.length - 1, i + 1));
    else if (e.key === 'ArrowUp') props.onActive(Math.max(0, i - 1));
    else if (e.key === 'PageDown') props.onActive(Math.min(rows.length - 1, i + 10));
    else if (e.key === 'PageUp') props.onActive(Math.max(0, i - 10));
    else if (e.key === 'Home') props.onActive(0);
    else if (e.key === 'End') props.onActive(rows.length - 1);
    else if (e.key === 'Enter' && rows[i]) props.onOpen(rows[i].id);
    else if (e.key === ' ' && rows[i]) props.onToggle(rows[i].id);
    else if (e.key === 'Escape' && props.openId) props.onClose();
    else return;
    e.preventDefault();
  };

  const intervalT = (k: 'days' | 'hours' | 'minutes', p: { count: number }) => t(k, p);
  const allSelected = rows.length > 0 && rows.every((r) => props.selected.has(r.id));
  return (
    <div className="tbl" role="grid" aria-rowcount={rows.length} aria-label={t('tabCases')}>
      <div className="tbl-head" role="row">
        <span role="columnheader" className="c-check">
          <input
            type="checkbox"
            aria-label={t('selected', { count: props.selected.size })}
            checked={allSelected}
            onChange={props.onToggleAll}
          />
        </span>
        <span role="columnheader" className="c-sev">
          {t('colSeverity')}
        </span>
        <span role="columnheader" className="c-status">
          {t('colStatus')}
        </span>
        <span role="columnheader" className="c-context">
          {t('colContext')}
        </span>
        <span role="columnheader" className="c-author">
          {t('colAuthor')}
        </span>
        <span role="columnheader" className="c-text">
          {t('colText')}
        </span>
        <span role="columnheader" className="c-first">
          {t('colFirstSeen')}
        </span>
        <span role="columnheader" className="c-due">
          {t('colDue')}
        </span>
      </div>
      <div
        className="tbl-body"
        ref={scroller}
        tabIndex={0}
        onKeyDown={onKey}
        data-tactful="case-table"
        aria-label={t('keyboardHint')}
        aria-activedescendant={rows[props.activeIndex] ? `row-${rows[props.activeIndex]!.id}` : undefined}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const overdue = isOverdue(row, props.now);
            return (
              <div
                key={row.id}
                id={`row-${row.id}`}
                role="row"
                aria-selected={props.selected.has(row.id)}
                data-tactful="case-row"
                data-case-id={row.id}
                data-status={row.status}
                data-severity={row.severity}
                className={`tbl-row${item.index === props.activeIndex ? ' active' : ''}${row.id === props.openId ? ' open' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                onClick={() => {
                  props.onActive(item.index);
                  props.onOpen(row.id);
                }}
              >
                <span className="c-check" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={row.authorName}
                    checked={props.selected.has(row.id)}
                    onChange={() => props.onToggle(row.id)}
                  />
                </span>
                <span className="c-sev">
                  <span className={`tf-pill tf-sev-${row.severity}`}>
                    {ta(`severity_${row.severity}` as AssistKey)}
                  </span>
                </span>
                <span className="c-status">{ta(`status_${row.status}` as AssistKey)}</span>
                <span className="c-context" title={row.context}>
                  <span className={`src src-${row.source}`}>{row.source === 'gmail' ? '✉' : 'f'}</span> {row.context}
                </span>
                <span className="c-author" title={row.authorContact}>
                  {row.authorName}
                </span>
                <span className="c-text" title={row.latestText.slice(0, 500)}>
                  {row.latestText.slice(0, 300)}
                </span>
                <span className="c-first">{formatDate(row.firstSeenAt, props.locale)}</span>
                <span
                  className={`c-due${overdue ? ' overdue' : ''}`}
                  title={formatTime(row.deadlineAt, props.locale)}
                  data-overdue={String(overdue)}
                >
                  {overdue
                    ? `⚠ ${t('overdueBy', { interval: formatInterval(props.now - row.deadlineAt, intervalT) })}`
                    : formatShortTime(row.deadlineAt, props.locale)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
