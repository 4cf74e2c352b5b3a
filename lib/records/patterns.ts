import { CATEGORIES, SEVERITIES, type Category, type Severity } from '../detect/types';
import type { CaseRow } from '../db/schema';

/** "Complaints are events" (the practice): counts over time, repeat complainants, spikes. */

const DAY = 86_400_000;

export function dayKey(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Complaints per day (local time) by severity over the last `days` days. */
export function perDayBySeverity(
  rows: readonly CaseRow[],
  days: number,
  now = Date.now(),
): { day: string; counts: Record<Severity, number> }[] {
  const out = new Map<string, Record<Severity, number>>();
  for (let i = days - 1; i >= 0; i--)
    out.set(dayKey(now - i * DAY), Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>);
  for (const r of rows) {
    const counts = out.get(dayKey(r.firstSeenAt));
    if (counts) counts[r.severity]++;
  }
  return [...out].map(([day, counts]) => ({ day, counts }));
}

export function byCategory(rows: readonly CaseRow[]): Record<Category, number> {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  for (const r of rows) for (const c of r.categories.length ? r.categories : (['other'] as Category[])) out[c]++;
  return out;
}

export interface RepeatComplainant {
  authorContact: string;
  authorName: string;
  count: number;
  first: number;
  second: number;
  /** Time between the first and the second complaint (ms). */
  intervalMs: number;
  open: number;
}

/** Customers with two or more cases, most cases first. */
export function repeatComplainants(rows: readonly CaseRow[]): RepeatComplainant[] {
  const byAuthor = new Map<string, CaseRow[]>();
  for (const r of rows)
    if (r.authorContact) byAuthor.set(r.authorContact, [...(byAuthor.get(r.authorContact) ?? []), r]);
  const out: RepeatComplainant[] = [];
  for (const [authorContact, cases] of byAuthor) {
    if (cases.length < 2) continue;
    const sorted = [...cases].sort((a, b) => a.firstSeenAt - b.firstSeenAt);
    out.push({
      authorContact,
      authorName: sorted[sorted.length - 1]!.authorName,
      count: sorted.length,
      first: sorted[0]!.firstSeenAt,
      second: sorted[1]!.firstSeenAt,
      intervalMs: sorted[1]!.firstSeenAt - sorted[0]!.firstSeenAt,
      open: sorted.filter((c) => !['resolved', 'closed'].includes(c.status)).length,
    });
  }
  return out.sort((a, b) => b.count - a.count || a.intervalMs - b.intervalMs);
}

export interface Spike {
  category: Category;
  last24h: number;
  /** Average per day over the 14 days before the last 24 hours. */
  baseline: number;
}

/**
 * Spike rule: a category is spiking when it has at least 3 complaints in the last 24 hours
 * and more than twice its baseline (its average per day over the 14 days before).
 */
export function spikes(rows: readonly CaseRow[], now = Date.now()): Spike[] {
  const out: Spike[] = [];
  for (const category of CATEGORIES) {
    const mine = rows.filter((r) => r.categories.includes(category));
    const last24h = mine.filter((r) => r.firstSeenAt > now - DAY && r.firstSeenAt <= now).length;
    const before = mine.filter((r) => r.firstSeenAt <= now - DAY && r.firstSeenAt > now - 15 * DAY).length;
    const baseline = before / 14;
    if (last24h >= 3 && last24h > 2 * baseline) out.push({ category, last24h, baseline });
  }
  return out.sort((a, b) => b.last24h - a.last24h);
}
