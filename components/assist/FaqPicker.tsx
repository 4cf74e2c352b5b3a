import { useMemo, useState } from 'react';
import { searchFaq } from '../../lib/draft/faq';
import type { DraftLanguage, FaqEntry } from '../../lib/draft/types';
import type { AssistT } from './i18n';

/**
 * Props: `entries` (the FAQ), `language` (preferred), `selected` ids, `onToggle(entry)`, `t`.
 * Substring search that works for Chinese; each hit can be added to the follow-up.
 */
export function FaqPicker(props: {
  entries: readonly FaqEntry[];
  language: DraftLanguage;
  selected: readonly string[];
  onToggle: (entry: FaqEntry) => void;
  t: AssistT;
  id: string;
}) {
  const { t } = props;
  const [query, setQuery] = useState('');
  const hits = useMemo(
    () => searchFaq(props.entries, query, props.language).slice(0, 6),
    [props.entries, query, props.language],
  );
  if (!props.entries.length) return <p className="tf-muted">{t('faqEmpty')}</p>;
  return (
    <div className="tf-faq">
      <input
        id={props.id}
        type="search"
        data-tactful="faq-search"
        placeholder={t('faqSearch')}
        aria-label={t('faqSearch')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {hits.length === 0 ? (
        <p className="tf-muted">{t('faqNoMatch')}</p>
      ) : (
        <ul>
          {hits.map((entry) => {
            const added = props.selected.includes(entry.id);
            return (
              <li key={entry.id}>
                <span className="tf-faq-q">{entry.question}</span>
                <button
                  type="button"
                  className={added ? 'tf-small tf-on' : 'tf-small'}
                  aria-pressed={added}
                  onClick={() => props.onToggle(entry)}
                >
                  {added ? `✓ ${t('faqAdded')}` : t('faqAdd')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
