import { useId } from 'react';
import { DRAFT_LANGUAGES } from '../../lib/draft/types';
import { categoryLabel, quadrantLabel, type AssistT, type LibraryT } from './i18n';
import { CATEGORIES, LANGUAGE_NAMES, QUADRANTS, type TemplateFilter } from './model';

/** The template list's filters: language, kind, situation, category and source ("all" for each). */
export function TemplateFilters(props: {
  filter: TemplateFilter;
  onChange: (filter: TemplateFilter) => void;
  t: LibraryT;
  ta: AssistT;
}) {
  const { filter, t, ta } = props;
  const uid = useId();
  const select = <K extends keyof TemplateFilter>(
    key: K,
    label: string,
    options: readonly (readonly [TemplateFilter[K], string])[],
  ) => (
    <div className="field">
      <label htmlFor={`${uid}-f-${key}`}>{label}</label>
      <select
        id={`${uid}-f-${key}`}
        data-filter={key}
        value={filter[key]}
        onChange={(e) => props.onChange({ ...filter, [key]: e.target.value as TemplateFilter[K] })}
      >
        <option value="all">{t('filterAll')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <div className="lib-filters" role="group" aria-label={t('filterAll')}>
      {select(
        'language',
        t('filterLanguage'),
        DRAFT_LANGUAGES.map((l) => [l, LANGUAGE_NAMES[l]] as const),
      )}
      {select('kind', t('filterKind'), [
        ['public', t('kind_public')],
        ['private', t('kind_private')],
      ] as const)}
      {select(
        'quadrant',
        t('filterQuadrant'),
        QUADRANTS.map((q) => [q, quadrantLabel(ta, q, t)] as const),
      )}
      {select(
        'category',
        t('filterCategory'),
        CATEGORIES.map((c) => [c, categoryLabel(ta, c, t)] as const),
      )}
      {select('source', t('filterSource'), [
        ['mine', t('sourceMine')],
        ['builtin', t('sourceBuiltin')],
      ] as const)}
    </div>
  );
}
