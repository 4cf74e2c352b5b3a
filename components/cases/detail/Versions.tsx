import type { RecordRow } from '../../../lib/db/schema';
import { BidiText } from '../BidiText';
import { useDashboard } from '../context';
import { formatTime } from '../format';
import type { CaseHistory } from './useCaseHistory';

/** Every verbatim version, exactly as stored (as text, bidi controls shown), with its hash and the chain check. */
export function Versions({ versions, chain }: { versions: RecordRow[]; chain: CaseHistory['chain'] }) {
  const { t, locale } = useDashboard();
  return (
    <>
      <h3>{t('versionsTitle')}</h3>
      <p
        className={chain ? (chain.ok ? 'ok' : 'error') : 'muted'}
        data-tactful="chain-status"
        data-ok={chain ? String(chain.ok) : undefined}
      >
        {chain
          ? chain.ok
            ? `✓ ${t('chainOk')}`
            : `✗ ${t('chainBroken', { seq: chain.brokenAtSeq ?? '?' })}`
          : t('chainChecking')}
      </p>
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.seq} data-tactful="version" data-seq={v.seq}>
            <div className="muted small">
              {t('version', { seq: v.seq, time: formatTime(v.capturedAt, locale) })}{' '}
              {v.truncated && t('truncatedVersion')}
            </div>
            <pre className="verbatim" data-tactful="verbatim">
              <BidiText text={v.text} />
            </pre>
            <code className="hash" title={t('hashTitle')} data-tactful="version-hash">
              {v.hash}
            </code>
          </li>
        ))}
      </ol>
    </>
  );
}
