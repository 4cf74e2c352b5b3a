import {
  CATEGORIES,
  QUADRANTS,
  SEVERITIES,
  type Category,
  type Quadrant,
  type Severity,
} from '../../../lib/detect/types';
import { CASE_STATUSES, type CaseRow, type CaseStatus } from '../../../lib/db/schema';
import { canTransition, changeStatus, editCase } from '../../../lib/records/lifecycle';
import { quadrantKey, type AssistKey } from '../../assist/i18n';
import { useAct, useDashboard } from '../context';
import { categoriesLabel } from './labels';

/** Status (choices not allowed are greyed out), and the CSM's severity, quadrant and category beside the detector's. */
export function CaseControls({ row }: { row: CaseRow }) {
  const { t, ta } = useDashboard();
  const act = useAct();
  const detected = row.detected;
  const said = (value: string) => detected && <small className="muted">{t('detected', { value })}</small>;
  return (
    <div className="grid2">
      <label>
        {t('colStatus')}
        <select
          value={row.status}
          data-tactful="case-status-select"
          onChange={(e) => void act((d) => changeStatus(d, row.id, e.target.value as CaseStatus))}
        >
          {CASE_STATUSES.map((s) => (
            <option key={s} value={s} disabled={s !== row.status && !canTransition(row.status, s)}>
              {ta(`status_${s}` as AssistKey)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('severity')}
        <select
          value={row.severity}
          data-tactful="case-severity-select"
          onChange={(e) => void act((d) => editCase(d, row.id, { severity: e.target.value as Severity }))}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {ta(`severity_${s}` as AssistKey)}
            </option>
          ))}
        </select>
        {detected && said(ta(`severity_${detected.severity}` as AssistKey))}
      </label>
      <label>
        {t('quadrant')}
        <select
          value={row.quadrant ?? ''}
          data-tactful="case-quadrant-select"
          onChange={(e) =>
            void act((d) => editCase(d, row.id, { quadrant: (e.target.value || null) as Quadrant | null }))
          }
        >
          <option value="">—</option>
          {QUADRANTS.map((q) => (
            <option key={q} value={q}>
              {ta(quadrantKey(q))}
            </option>
          ))}
        </select>
        {detected && said(detected.quadrant ? ta(quadrantKey(detected.quadrant)) : '—')}
      </label>
      <label>
        {t('category')}
        <select
          value={row.categories[0] ?? 'other'}
          data-tactful="case-category-select"
          onChange={(e) => {
            const first = e.target.value as Category;
            void act((d) => editCase(d, row.id, { categories: [first, ...row.categories.filter((c) => c !== first)] }));
          }}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {ta(`cat_${c}` as AssistKey)}
            </option>
          ))}
        </select>
        {detected && said(categoriesLabel(ta, detected.categories))}
      </label>
    </div>
  );
}
