import type { CaseRow } from '../../../lib/db/schema';
import { setDeadline } from '../../../lib/records/lifecycle';
import { useSyncedState } from '../../shared/useSyncedState';
import { useAct, useDashboard } from '../context';
import { toLocalInput } from '../format';

const HOUR = 3_600_000;

/** The due time, editable, and snooze by 1 h or 24 h (from the due time, or from now once it has passed). */
export function DueRow({ row }: { row: CaseRow }) {
  const { t } = useDashboard();
  const act = useAct();
  const [due, setDue] = useSyncedState(toLocalInput(row.deadlineAt));
  const snooze = (ms: number) => void act((d) => setDeadline(d, row.id, Math.max(Date.now(), row.deadlineAt) + ms));
  return (
    <div className="row due-row">
      <label className="inline">
        {t('deadline')}
        <input type="datetime-local" data-tactful="due-input" value={due} onChange={(e) => setDue(e.target.value)} />
      </label>
      {due !== toLocalInput(row.deadlineAt) && Number.isFinite(new Date(due).getTime()) && (
        <button
          type="button"
          className="primary"
          data-tactful-action="set-due"
          onClick={() => void act((d) => setDeadline(d, row.id, new Date(due).getTime()))}
        >
          {t('setDue')}
        </button>
      )}
      <button type="button" data-tactful-action="snooze-1h" onClick={() => snooze(HOUR)}>
        {t('snooze1h')}
      </button>
      <button type="button" data-tactful-action="snooze-24h" onClick={() => snooze(24 * HOUR)}>
        {t('snooze24h')}
      </button>
    </div>
  );
}
