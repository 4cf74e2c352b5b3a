import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, type KeyboardEvent, type RefObject } from 'react';
import { isolatePlain } from '../../lib/records/bidi';
import { isOverdue } from '../../lib/records/query';
import type { AssistKey } from '../assist/i18n';
import { BidiText } from './BidiText';
import { useDashboard } from './context';
import { formatDate, formatInterval, formatShortTime, formatTime } from './format';

/**
 * The case table: virtualised rows (50,000 cases scroll smoothly), keyboard navigation
 * (↑/↓ PageUp/PageDown Home/End move, Enter opens, Space selects, Escape closes the open
 * case), each row `[data-tactful="case-row"][data-case-id]`. Every text field is isolated
 * (BidiText), so a right-to-left override in one cannot reorder the others.
 */
export function CaseTable({ bodyRef: scroller }: { bodyRef: RefObject<HTMLDivElement | null> }) {
  const { state, rows, dispatch, open, now, locale, t, ta } = useDashboard();
  const activeIndex = Math.min(state.active, rows.length - 1);
  const table = {
    activeIndex,
    openId: state.openId,
    selected: state.selected,
    onActive: (index: number) => dispatch({ type: 'active', index }),
    onToggle: (id: string) => dispatch({ type: 'toggle', id }),
  };
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 44,
    overscan: 12,
  });

  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, virtualizer]);

  const onKey = (e: KeyboardEvent) => {
    const i = table.activeIndex;
    if (e.key === 'ArrowDown') table.onActive(Math.min(rows.length - 1, i + 1));
    else if (e.key === 'ArrowUp') table.onActive(Math.max(0, i - 1));
    else if (e.key === 'PageDown') table.onActive(Math.min(rows.length - 1, i + 10));
    else if (e.key === 'PageUp') table.onActive(Math.max(0, i - 10));
    else if (e.key === 'Home') table.onActive(0);
    else if (e.key === 'End') table.onActive(rows.length - 1);
    else if (e.key === 'Enter' && rows[i]) open(rows[i].id);
    else if (e.key === ' ' && rows[i]) table.onToggle(rows[i].id);
    else if (e.key === 'Escape' && table.openId) open(null);
    else return;
    e.preventDefault();
  };

  const intervalT = (k: 'days' | 'hours' | 'minutes', p: { count: number }) => t(k, p);
  const allSelected = rows.length > 0 && rows.every((r) => table.selected.has(r.id));
  return (
    <div className="tbl" role="grid" aria-rowcount={rows.length} aria-label={t('tabCases')}>
      <div className="tbl-head" role="row">
        <span role="columnheader" className="c-check">
          <input
            type="checkbox"
            aria-label={t('selected', { count: table.selected.size })}
            checked={allSelected}
            onChange={() => dispatch({ type: 'toggleAll', ids: rows.map((r) => r.id) })}
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
        aria-activedescendant={rows[table.activeIndex] ? `row-${rows[table.activeIndex]!.id}` : undefined}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const overdue = isOverdue(row, now);
            return (
              <div
                key={row.id}
                id={`row-${row.id}`}
                role="row"
                aria-selected={table.selected.has(row.id)}
                data-tactful="case-row"
                data-case-id={row.id}
                data-status={row.status}
                data-severity={row.severity}
                className={`tbl-row${item.index === table.activeIndex ? ' active' : ''}${row.id === table.openId ? ' open' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: item.size }}
                onClick={() => {
                  table.onActive(item.index);
                  open(row.id);
                }}
              >
                <span className="c-check" onClick={(e) => e.stopPropagation()}>
                  <input
                    type="checkbox"
                    aria-label={isolatePlain(row.authorName)}
                    checked={table.selected.has(row.id)}
                    onChange={() => table.onToggle(row.id)}
                  />
                </span>
                <span className="c-sev">
                  <span className={`tf-pill tf-sev-${row.severity}`}>
                    {ta(`severity_${row.severity}` as AssistKey)}
                  </span>
                </span>
                <span className="c-status">{ta(`status_${row.status}` as AssistKey)}</span>
                <span className="c-context" title={isolatePlain(row.context)}>
                  <span className={`src src-${row.source}`}>{row.source === 'gmail' ? '✉' : 'f'}</span>{' '}
                  <BidiText text={row.context} />
                </span>
                <span className="c-author" title={isolatePlain(row.authorContact)}>
                  <BidiText text={row.authorName} />
                </span>
                <span className="c-text" title={isolatePlain(row.latestText.slice(0, 500))}>
                  <BidiText text={row.latestText.slice(0, 300)} />
                </span>
                <span className="c-first">{formatDate(row.firstSeenAt, locale)}</span>
                <span
                  className={`c-due${overdue ? ' overdue' : ''}`}
                  title={formatTime(row.deadlineAt, locale)}
                  data-overdue={String(overdue)}
                >
                  {overdue
                    ? `⚠ ${t('overdueBy', { interval: formatInterval(now - row.deadlineAt, intervalT) })}`
                    : formatShortTime(row.deadlineAt, locale)}
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
