import type { CaseRow } from '../../../lib/db/schema';
import { changeStatus } from '../../../lib/records/lifecycle';
import { ClosingReplies } from '../ClosingReplies';
import { useAct, useDashboard } from '../context';

/** The "Resolved" action and, once resolved, the closing replies (public note, private message). */
export function Closing({ row }: { row: CaseRow }) {
  const { locale, ta } = useDashboard();
  const act = useAct();
  return (
    <ClosingReplies
      row={row}
      locale={locale}
      ta={ta}
      onResolve={() => void act((d) => changeStatus(d, row.id, 'resolved'))}
    />
  );
}
