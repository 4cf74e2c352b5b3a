import { CASE_STATUSES, type CaseStatus } from '../../lib/db/schema';
import { changeStatusMany } from '../../lib/records/lifecycle';
import type { AssistKey } from '../assist/i18n';
import { errorText, useDashboard } from './context';

/** How many cases are shown and selected, and the bulk status change of the selection. */
export function SelectionBar() {
  const { cases, rows, selectedRows, appliedSearch, dispatch, write, notify, t, ta } = useDashboard();

  async function bulkStatus(status: CaseStatus) {
    try {
      const ids = selectedRows.map((r) => r.id);
      const result = await write((d) => changeStatusMany(d, ids, status));
      dispatch({ type: 'clearSelection' });
      const skipped = result.skipped.length ? t('bulkSkipped', { count: result.skipped.length }) : '';
      notify(`${t('bulkDone', { changed: result.changed.length })} ${skipped}`.trim());
    } catch (err) {
      notify(t('actionFailed', { reason: errorText(err) }), 'error');
    }
  }

  return (
    <div className="bar">
      <span
        data-tactful="case-count"
        data-shown={rows.length}
        data-total={cases?.length ?? 0}
        data-search={appliedSearch}
      >
        {t('shown', { shown: rows.length, total: cases?.length ?? 0 })}
      </span>
      {selectedRows.length > 0 && (
        <>
          <span data-tactful="selected-count">{t('selected', { count: selectedRows.length })}</span>
          <select
            aria-label={t('setStatus')}
            data-tactful="bulk-status"
            value=""
            onChange={(e) => {
              if (e.target.value) void bulkStatus(e.target.value as CaseStatus);
            }}
          >
            <option value="">{t('setStatus')}</option>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ta(`status_${s}` as AssistKey)}
              </option>
            ))}
          </select>
        </>
      )}
      <span className="hint small">{t('keyboardHint')}</span>
    </div>
  );
}
