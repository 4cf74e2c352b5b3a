import { useEffect, useState } from 'react';
import {
  dismissDamagedCorrections,
  loadDamagedCorrections,
  type DamagedCorrections,
} from '../../../lib/platform/corrections-store';
import { downloadText } from '../../shared/download';
import { useDashboard } from '../context';
import { formatTime } from '../format';

/**
 * What could not be read of the stored corrections (every valid one is still used), and the
 * unreadable value the background kept aside before writing over it, to download.
 */
export function DamagedNotice({ problem }: { problem: string | null }) {
  const { tc, locale } = useDashboard();
  const [kept, setKept] = useState<DamagedCorrections | null>(null);
  useEffect(() => {
    void loadDamagedCorrections().then(setKept);
  }, [problem]);
  if (!problem && !kept) return null;
  return (
    <div className="warning" role="status" data-tactful="corrections-damaged">
      {problem && <p>{tc('damaged', { problem })}</p>}
      {kept && (
        <p>
          {!problem && tc('damaged', { problem: kept.problem })}{' '}
          {tc('damagedKept', { time: formatTime(Date.parse(kept.at), locale) })}{' '}
          <button
            type="button"
            onClick={() =>
              downloadText(`tactful-corrections-unreadable-${kept.at.slice(0, 10)}.json`, JSON.stringify(kept.raw))
            }
          >
            {tc('damagedDownload')}
          </button>{' '}
          <button type="button" onClick={() => void dismissDamagedCorrections().then(() => setKept(null))}>
            {tc('dismiss')}
          </button>
        </p>
      )}
    </div>
  );
}
