import type { CaseFilter, SortKey } from '../../lib/records/query';

/**
 * The dashboard's shared state — which tab, the filters, the selection, the open case,
 * the notice and export progress — in one reducer, so every part of the page changes it
 * the same way (context.ts hands it out).
 */

export type Tab = 'cases' | 'patterns' | 'data' | 'corrections';
export interface Notice {
  text: string;
  kind: 'ok' | 'error';
}

export interface DashboardState {
  tab: Tab;
  /** Status, severity, source, category, page/subject and overdue filters. */
  filter: CaseFilter;
  search: string;
  /** First-seen range as the date inputs hold it (`YYYY-MM-DD`, local days). */
  fromDay: string;
  toDay: string;
  sort: SortKey;
  selected: ReadonlySet<string>;
  /** The table row with the keyboard focus. */
  active: number;
  openId: string | null;
  notice: Notice | null;
  progress: { done: number; total: number } | null;
}

export type Action =
  | { type: 'tab'; tab: Tab }
  | { type: 'filter'; patch: Partial<CaseFilter> }
  | { type: 'search'; search: string }
  | { type: 'days'; fromDay?: string; toDay?: string }
  | { type: 'sort'; sort: SortKey }
  | { type: 'clearFilters' }
  | { type: 'toggle'; id: string }
  /** Selects all of `ids`, or none when all of them were selected. */
  | { type: 'toggleAll'; ids: readonly string[] }
  | { type: 'clearSelection' }
  | { type: 'active'; index: number }
  | { type: 'open'; id: string | null }
  | { type: 'notice'; notice: Notice | null }
  | { type: 'progress'; progress: DashboardState['progress'] }
  /** A repeat complainant picked on the Patterns tab: their cases on the Cases tab. */
  | { type: 'pickAuthor'; contact: string };

export function initialState(openId: string | null): DashboardState {
  return {
    tab: 'cases',
    filter: {},
    search: '',
    fromDay: '',
    toDay: '',
    sort: 'deadline',
    selected: new Set(),
    active: 0,
    openId,
    notice: null,
    progress: null,
  };
}

export function reducer(state: DashboardState, action: Action): DashboardState {
  switch (action.type) {
    case 'tab':
      return { ...state, tab: action.tab };
    case 'filter':
      return { ...state, filter: { ...state.filter, ...action.patch } };
    case 'search':
      return { ...state, search: action.search };
    case 'days':
      return { ...state, fromDay: action.fromDay ?? state.fromDay, toDay: action.toDay ?? state.toDay };
    case 'sort':
      return { ...state, sort: action.sort };
    case 'clearFilters':
      return { ...state, filter: {}, search: '', fromDay: '', toDay: '' };
    case 'toggle': {
      const selected = new Set(state.selected);
      if (selected.has(action.id)) selected.delete(action.id);
      else selected.add(action.id);
      return { ...state, selected };
    }
    case 'toggleAll': {
      const all = action.ids.length > 0 && action.ids.every((id) => state.selected.has(id));
      return { ...state, selected: all ? new Set() : new Set(action.ids) };
    }
    case 'clearSelection':
      return { ...state, selected: new Set() };
    case 'active':
      return { ...state, active: action.index };
    case 'open':
      return { ...state, openId: action.id };
    case 'notice':
      return { ...state, notice: action.notice };
    case 'progress':
      return { ...state, progress: action.progress };
    case 'pickAuthor':
      return { ...state, search: action.contact, tab: 'cases' };
  }
}
