import type { RefObject } from 'react';
import { CaseDetail } from './CaseDetail';
import { CaseTable } from './CaseTable';
import { useDashboard } from './context';
import { Filters } from './Filters';
import { SelectionBar } from './SelectionBar';

/** The Cases tab: filters, the count and selection bar, the table (or an empty state) and the open case. */
export function CasesTab({ tableBody }: { tableBody: RefObject<HTMLDivElement | null> }) {
  const { state, cases, rows, t } = useDashboard();
  const openRow = cases?.find((c) => c.id === state.openId) ?? null;
  return (
    <>
      <Filters />
      <SelectionBar />
      <main className={openRow ? 'split' : ''}>
        {cases === null ? null : cases.length === 0 ? (
          <div className="empty" data-tactful="empty">
            <h2>{t('emptyTitle')}</h2>
            <p>{t('emptyBody')}</p>
          </div>
        ) : rows.length === 0 ? (
          <div className="empty" data-tactful="no-match">
            <p>{t('noMatch')}</p>
          </div>
        ) : (
          <CaseTable bodyRef={tableBody} />
        )}
        {openRow && <CaseDetail key={openRow.id} row={openRow} />}
      </main>
    </>
  );
}
