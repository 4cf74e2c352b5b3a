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

/**
 * Search folding: case, width and Traditional → Simplified (the detector's fold), plus
 * variants that differ between Taiwan and the mainland beyond one-to-one conversion, so
 * 到帳 finds 到账, 什麼 finds 什么 and 妳 finds 你.
 */
const SEARCH_VARIANTS: Record<string, string> = { 帐: '账', 幺: '么', 妳: '你', 祂: '他', 牠: '它' };
const VARIANT_RE = new RegExp(`[${Object.keys(SEARCH_VARIANTS).join('')}]`, 'g');
export function searchFold(text: string): string {
  return foldAligned(text).replace(VARIANT_RE, (c) => SEARCH_VARIANTS[c]!);
}

// Folded search text per case row object, computed once.
const searchCache = new WeakMap<CaseRow, string>();
function searchTextOf(row: CaseRow): string {
  let s = searchCache.get(row);
  if (s === undefined) {
    s = searchFold(`${row.latestText}\n${row.context}\n${row.authorName}\n${row.authorContact}`);
    searchCache.set(row, s);
  }
  return s;
}
const contextCache = new WeakMap<CaseRow, string>();
function contextOf(row: CaseRow): string {
  let s = contextCache.get(row);
  if (s === undefined) {
    s = searchFold(row.context);
    contextCache.set(row, s);
  }
  return s;
}

export function isOverdue(row: CaseRow, now: number): boolean {
  return OPEN.has(row.status) && row.deadlineAt < now;
}

export function filterCases(rows: readonly CaseRow[], filter: CaseFilter, now = Date.now()): CaseRow[] {
  const terms = filter.search ? searchFold(filter.search).split(/\s+/).filter(Boolean) : [];
  const context = filter.context ? searchFold(filter.context) : '';
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
    if (context && !contextOf(row).includes(context)) return false;
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

/** The pages and subjects seen, most cases first (suggestions for the page/subject filter). */
export function distinctContexts(rows: readonly CaseRow[], limit = 200): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) if (r.context) counts.set(r.context, (counts.get(r.context) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([context]) => context);
}

/** Start and end (inclusive) of a local calendar day given as `YYYY-MM-DD` (a date input's value). */
export function localDayRange(day: string): { start: number; end: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  const end = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + 1).getTime() - 1;
  return { start, end };
}
