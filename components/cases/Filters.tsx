import { useMemo } from 'react';
import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../../lib/detect/types';
import { CASE_STATUSES, type CaseStatus, type Source } from '../../lib/db/schema';
import { distinctContexts, type CaseFilter, type SortKey } from '../../lib/records/query';
import type { AssistKey } from '../assist/i18n';
import { useDashboard } from './context';

const single = <T extends string>(value: string) => (value ? [value as T] : undefined);

/** Search, filters and sort of the Cases tab; every control is `[data-tactful="…"]`. */
export function Filters() {
  const { state, dispatch, cases, t, ta } = useDashboard();
  const { filter } = state;
  const contexts = useMemo(() => (cases ? distinctContexts(cases) : []), [cases]);
  const setFilter = (patch: Partial<CaseFilter>) => dispatch({ type: 'filter', patch });
  return (
    <div className="filters" role="search">
      <input
        type="search"
        data-tactful="search"
        placeholder={t('search')}
        aria-label={t('search')}
        value={state.search}
        onChange={(e) => dispatch({ type: 'search', search: e.target.value })}
      />
      <select
        aria-label={t('colStatus')}
        data-tactful="filter-status"
        value={filter.statuses?.[0] ?? ''}
        onChange={(e) => setFilter({ statuses: single<CaseStatus>(e.target.value) })}
      >
        <option value="">{t('allStatuses')}</option>
        {CASE_STATUSES.map((s) => (
          <option key={s} value={s}>
            {ta(`status_${s}` as AssistKey)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('colSeverity')}
        data-tactful="filter-severity"
        value={filter.severities?.[0] ?? ''}
        onChange={(e) => setFilter({ severities: single<Severity>(e.target.value) })}
      >
        <option value="">{t('allSeverities')}</option>
        {SEVERITIES.map((s) => (
          <option key={s} value={s}>
            {ta(`severity_${s}` as AssistKey)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('colSource')}
        data-tactful="filter-source"
        value={filter.sources?.[0] ?? ''}
        onChange={(e) => setFilter({ sources: single<Source>(e.target.value) })}
      >
        <option value="">{t('allSources')}</option>
        <option value="gmail">Gmail</option>
        <option value="facebook">Facebook</option>
      </select>
      <select
        aria-label={t('category')}
        data-tactful="filter-category"
        value={filter.categories?.[0] ?? ''}
        onChange={(e) => setFilter({ categories: single<Category>(e.target.value) })}
      >
        <option value="">{t('allCategories')}</option>
        {CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {ta(`cat_${c}` as AssistKey)}
          </option>
        ))}
      </select>
      <input
        type="text"
        list="tactful-contexts"
        data-tactful="filter-context"
        aria-label={t('contextFilter')}
        placeholder={t('contextFilter')}
        value={filter.context ?? ''}
        onChange={(e) => setFilter({ context: e.target.value || undefined })}
      />
      <datalist id="tactful-contexts">
        {contexts.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <label className="inline">
        {t('from')}
        <input
          type="date"
          data-tactful="filter-from"
          value={state.fromDay}
          max={state.toDay || undefined}
          onChange={(e) => dispatch({ type: 'days', fromDay: e.target.value })}
        />
      </label>
      <label className="inline">
        {t('to')}
        <input
          type="date"
          data-tactful="filter-to"
          value={state.toDay}
          min={state.fromDay || undefined}
          onChange={(e) => dispatch({ type: 'days', toDay: e.target.value })}
        />
      </label>
      <label className="inline check">
        <input
          type="checkbox"
          data-tactful="filter-overdue"
          checked={Boolean(filter.overdue)}
          onChange={(e) => setFilter({ overdue: e.target.checked || undefined })}
        />
        {t('overdueOnly')}
      </label>
      <label className="inline">
        {t('sortBy')}
        <select
          value={state.sort}
          data-tactful="sort"
          onChange={(e) => dispatch({ type: 'sort', sort: e.target.value as SortKey })}
        >
          <option value="deadline">{t('sortDeadline')}</option>
          <option value="severity">{t('sortSeverity')}</option>
          <option value="activity">{t('sortActivity')}</option>
          <option value="firstSeen">{t('sortFirstSeen')}</option>
        </select>
      </label>
      <button type="button" data-tactful-action="clear-filters" onClick={() => dispatch({ type: 'clearFilters' })}>
        {t('clearFilters')}
      </button>
    </div>
  );
}
