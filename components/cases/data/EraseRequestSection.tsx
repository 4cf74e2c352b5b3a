import { useState } from 'react';
import { isolatePlain } from '../../../lib/records/bidi';
import { countByAuthor, eraseAuthor } from '../../../lib/records/erase';
import { errorText, useDashboard } from '../context';
import { db } from '../useCases';

/** Erase on request by customer: type the email address or profile link, see how many cases, confirm. */
export function EraseRequestSection() {
  const { write, notify, t } = useDashboard();
  const [contact, setContact] = useState('');
  const [found, setFound] = useState<{ contact: string; count: number } | null>(null);
  const failed = (err: unknown) => notify(t('actionFailed', { reason: errorText(err) }), 'error');
  return (
    <section className="panel" data-tactful="erase-request">
      <h3>{t('eraseRequestTitle')}</h3>
      <p className="muted">{t('eraseRequestBody')}</p>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const who = contact;
          if (!who) return;
          void countByAuthor(db(), who).then((count) => setFound({ contact: who, count }), failed);
        }}
      >
        <input
          type="text"
          className="grow"
          value={contact}
          aria-label={t('eraseRequestField')}
          placeholder={t('eraseRequestField')}
          data-tactful="erase-contact"
          onChange={(e) => {
            setContact(e.target.value);
            setFound(null);
          }}
        />
        <button type="submit" disabled={!contact} data-tactful-action="erase-find">
          {t('eraseFind')}
        </button>
      </form>
      {found && (
        <div className="confirm">
          <p>
            {found.count === 0
              ? t('eraseNoneRemember', { who: isolatePlain(found.contact) })
              : t('eraseAuthorConfirm', { count: found.count, who: isolatePlain(found.contact) })}
          </p>
          <button
            type="button"
            className="danger-btn"
            data-tactful-action="erase-author-confirm"
            onClick={() =>
              void write((d) => eraseAuthor(d, found.contact)).then((count) => {
                setFound(null);
                setContact('');
                notify(count ? t('erased', { count }) : t('erasedRemembered'));
              }, failed)
            }
          >
            {t('confirm')}
          </button>
          <button type="button" onClick={() => setFound(null)}>
            {t('cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
