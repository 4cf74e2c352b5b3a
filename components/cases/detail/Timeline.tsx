import type { CaseRow } from '../../../lib/db/schema';
import { BidiText } from '../BidiText';
import { useDashboard } from '../context';
import { formatTime } from '../format';
import { timelineOf } from './labels';
import type { CaseHistory } from './useCaseHistory';

/** Every version and event of the case in time order. */
export function Timeline({ row, history }: { row: CaseRow; history: CaseHistory }) {
  const { t, ta, locale } = useDashboard();
  const entries = timelineOf(row, history.versions, history.events, t, ta, locale);
  return (
    <>
      <h3>{t('timeline')}</h3>
      <ul className="timeline" data-tactful="timeline">
        {entries.map((e) => (
          <li key={e.key} data-event-type={e.type}>
            <span className="muted small">{formatTime(e.at, locale)}</span>{' '}
            <span className="ev">
              {e.text}
              {e.detail !== undefined && (
                <>
                  {': '}
                  <BidiText text={e.detail} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
