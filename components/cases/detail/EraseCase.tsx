import { useState } from 'react';
import type { CaseRow } from '../../../lib/db/schema';
import { isolatePlain } from '../../../lib/records/bidi';
import { countByAuthor, eraseAuthor, eraseCase } from '../../../lib/records/erase';
import { useAct, useDashboard } from '../context';
import { db } from '../useCases';

/** Erase this case, or every case of this customer, after a confirmation that says how many. */
export function EraseCase({ row }: { row: CaseRow }) {
  const { t, notify, open } = useDashboard();
  const act = useAct();
  const [erase, setErase] = useState<{ scope: 'case' | 'author'; count: number } | null>(null);
  if (!erase)
    return (
      <div className="danger">
        <button type="button" onClick={() => setErase({ scope: 'case', count: 1 })} data-tactful-action="erase-case">
          {t('eraseCase')}
        </button>
        {row.authorContact && (
          <button
            type="button"
            data-tactful-action="erase-author"
            onClick={() =>
              void countByAuthor(db(), row.authorContact).then((count) => setErase({ scope: 'author', count }))
            }
          >
            {t('eraseAuthor')}
          </button>
        )}
      </div>
    );
  return (
    <div className="danger">
      <p>
        {erase.scope === 'case'
          ? t('eraseConfirm')
          : t('eraseAuthorConfirm', { count: erase.count, who: isolatePlain(row.authorContact) })}
      </p>
      <button
        type="button"
        className="danger-btn"
        data-tactful-action="erase-confirm"
        onClick={() =>
          void act((d) => (erase.scope === 'case' ? eraseCase(d, row.id) : eraseAuthor(d, row.authorContact))).then(
            (count) => {
              if (count === undefined) return;
              notify(t('erased', { count }));
              open(null);
            },
          )
        }
      >
        {t('confirm')}
      </button>
      <button type="button" onClick={() => setErase(null)}>
        {t('cancel')}
      </button>
    </div>
  );
}
