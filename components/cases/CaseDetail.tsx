import type { CaseRow } from '../../lib/db/schema';
import { CaseControls } from './detail/CaseControls';
import { CaseHeader } from './detail/CaseHeader';
import { Closing } from './detail/Closing';
import { DueRow } from './detail/DueRow';
import { EraseCase } from './detail/EraseCase';
import { DraftsUsed, Notes } from './detail/Notes';
import { Timeline } from './detail/Timeline';
import { useCaseHistory } from './detail/useCaseHistory';
import { VerdictSection } from './detail/VerdictSection';
import { Versions } from './detail/Versions';

/**
 * One case, section by section: who and where, the verdict now (with the CSM's corrections,
 * and the controls to correct it), status and the CSM's judgement, the due
 * time, every verbatim version with the chain check, notes, drafts used, the timeline,
 * and erasure on request. Captured text is rendered as text only, each field isolated.
 */
export function CaseDetail({ row }: { row: CaseRow }) {
  const history = useCaseHistory(row);
  return (
    <aside className="detail" aria-labelledby="detail-title" data-tactful="case-detail" data-case-id={row.id}>
      <CaseHeader row={row} />
      <VerdictSection row={row} />
      <CaseControls row={row} />
      <DueRow row={row} />
      <Closing row={row} />
      <Versions versions={history.versions} chain={history.chain} />
      <Notes row={row} notes={history.events.filter((e) => e.type === 'note')} />
      <DraftsUsed drafts={history.events.filter((e) => e.type === 'draft_used')} />
      <Timeline row={row} history={history} />
      <EraseCase row={row} />
    </aside>
  );
}
