import type { Category, Severity } from '../detect/types';
import { foldAligned } from '../detect/fold';
import type { CaseRow, CaseStatus, Source } from '../db/schema';

/** Dashboard filters; every field optional. */
export interface CaseFilter {
  statuses?: readonly CaseStatus[];
  severities?: readonly Severity[];
  sources?: readonly Source[];
  categories?: readonly Category[];
  /** Page name or subject contains this. */
  context?: string;
  /** First seen within [from, to] (epoch ms). */
  from?: number;
  to?: number;
  overdue?: boolean;
  /** Substring search (works for Chinese: no word splitting) over text, context, author. */
  search?: string;
}

export type SortKey = 'deadline' | 'severity' | 'activity' | 'firstSeen';

const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1, none: 0 };
const OPEN = new Set<CaseStatus>(['new', 'acknowledged', 'in_contact', 'waiting_customer']);

// Folded search text per case row object, computed once.
const searchCache = new WeakMap<CaseRow, string>();
function searchTextOf(row: CaseRow): string {
  let s = searchCache.get(row);
  if (s === undefined) {
    s = foldAligned(`${row.latestText}\n${row.context}\n${row.authorName}\n${row.authorContact}`);
    searchCache.set(row, s);
  }
  return s;
}

export function isOverdue(row: CaseRow, now: number): boolean {
  return OPEN.has(row.status) && row.deadlineAt < now;
}

export function filterCases(rows: readonly CaseRow[], filter: CaseFilter, now = Date.now()): CaseRow[] {
  const terms = filter.search ? foldAligned(filter.search).split(/\s+/).filter(Boolean) : [];
  const context = filter.context ? foldAligned(filter.context) : '';
  const statuses = filter.statuses?.length ? new Set(filter.statuses) : null;
  const severities = filter.severities?.length ? new Set(filter.severities) : null;
  const sources = filter.sources?.length ? new Set(filter.sources) : null;
  const categories = filter.categories?.length ? new Set(filter.categories) : null;
  return rows.filter((row) => {
    if (statuses && !statuses.has(row.status)) return false;
    if (severities && !severities.has(row.severity)) return false;
    if (sources && !sources.has(row.source)) return false;
    if (categories && !row.categories.some((c) => categories.has(c))) return false;
    if (filter.from !== undefined && row.firstSeenAt < filter.from) return false;
    if (filter.to !== undefined && row.firstSeenAt > filter.to) return false;
    if (filter.overdue && !isOverdue(row, now)) return false;
    if (context && !foldAligned(row.context).includes(context)) return false;
    if (terms.length) {
      const text = searchTextOf(row);
      if (!terms.every((t) => text.includes(t))) return false;
    }
    return true;
  });
}

export function sortCases(rows: CaseRow[], key: SortKey): CaseRow[] {
  const by: Record<SortKey, (a: CaseRow, b: CaseRow) => number> = {
    deadline: (a, b) => a.deadlineAt - b.deadlineAt,
    severity: (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.deadlineAt - b.deadlineAt,
    activity: (a, b) => b.lastActivityAt - a.lastActivityAt,
    firstSeen: (a, b) => b.firstSeenAt - a.firstSeenAt,
  };
  return rows.sort(by[key]);
}
