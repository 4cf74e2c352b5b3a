import { describe, expect, it } from 'vitest';
import { initialState, reducer, type Action, type DashboardState } from './state';

const run = (actions: Action[], state: DashboardState = initialState(null)) => actions.reduce(reducer, state);

describe('dashboard state', () => {
  it('starts on the Cases tab with the case from the address open', () => {
    expect(initialState('case-1')).toMatchObject({ tab: 'cases', openId: 'case-1', sort: 'deadline', search: '' });
  });

  it('merges filter changes and clears filters, search and dates together, keeping the sort', () => {
    const s = run([
      { type: 'filter', patch: { statuses: ['new'] } },
      { type: 'filter', patch: { overdue: true } },
      { type: 'search', search: '沒收到貨' },
      { type: 'days', fromDay: '2026-01-01' },
      { type: 'days', toDay: '2026-01-31' },
      { type: 'sort', sort: 'severity' },
    ]);
    expect(s).toMatchObject({
      filter: { statuses: ['new'], overdue: true },
      search: '沒收到貨',
      fromDay: '2026-01-01',
      toDay: '2026-01-31',
    });
    expect(run([{ type: 'clearFilters' }], s)).toMatchObject({
      filter: {},
      search: '',
      fromDay: '',
      toDay: '',
      sort: 'severity',
    });
  });

  it('toggles one case, selects every shown case or none, and clears the selection', () => {
    let s = run([
      { type: 'toggle', id: 'a' },
      { type: 'toggle', id: 'b' },
      { type: 'toggle', id: 'a' },
    ]);
    expect([...s.selected]).toEqual(['b']);
    s = reducer(s, { type: 'toggleAll', ids: ['a', 'b', 'c'] });
    expect([...s.selected].sort()).toEqual(['a', 'b', 'c']);
    s = reducer(s, { type: 'toggleAll', ids: ['a', 'b', 'c'] });
    expect(s.selected.size).toBe(0);
    expect(reducer(s, { type: 'toggleAll', ids: [] }).selected.size).toBe(0);
    expect(run([{ type: 'toggle', id: 'x' }, { type: 'clearSelection' }]).selected.size).toBe(0);
  });

  it('shows a repeat complainant’s cases: their contact as the search, on the Cases tab', () => {
    const s = run([
      { type: 'tab', tab: 'patterns' },
      { type: 'pickAuthor', contact: 'jane@example.com' },
    ]);
    expect(s).toMatchObject({ tab: 'cases', search: 'jane@example.com' });
  });

  it('never changes the state it was given', () => {
    const s = initialState(null);
    const copy = structuredClone({ ...s, selected: [...s.selected] });
    run(
      [
        { type: 'toggle', id: 'a' },
        { type: 'filter', patch: { overdue: true } },
        { type: 'open', id: 'x' },
      ],
      s,
    );
    expect({ ...s, selected: [...s.selected] }).toEqual(copy);
  });
});
