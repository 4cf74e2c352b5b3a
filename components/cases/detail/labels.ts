import type { CaseRow, EventRow } from '../../../lib/db/schema';
import type { UiLocale } from '../../../lib/i18n';
import { quadrantKey, type AssistKey, type AssistT } from '../../assist/i18n';
import { formatTime } from '../format';
import type { CasesKey, CasesT } from '../i18n';

/** Categories as the UI names them, joined; — for none. */
export function categoriesLabel(ta: AssistT, categories: readonly unknown[]): string {
  return categories.map((c) => ta(`cat_${String(c)}` as AssistKey)).join('、') || '—';
}

/** The value of an edited field as shown on the timeline. */
function editValue(ta: AssistT, key: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (key === 'severity') return ta(`severity_${String(v)}` as AssistKey);
  if (key === 'quadrant') return ta(quadrantKey(String(v)));
  if (key === 'categories' && Array.isArray(v)) return categoriesLabel(ta, v);
  return String(v);
}

export function draftKindLabel(t: CasesT, kind: unknown): string {
  return kind === 'public' || kind === 'private' || kind === 'email' ? t(`draftKind_${kind}`) : String(kind);
}

const FIELD_LABEL: Record<string, CasesKey> = { severity: 'severity', quadrant: 'quadrant', categories: 'category' };

/**
 * One timeline event: its line of text, and the text people typed (a note, a draft) as a
 * separate detail, which is shown isolated so that a bidi control in it cannot reorder the label.
 */
export function eventText(e: EventRow, t: CasesT, ta: AssistT, locale: UiLocale): { text: string; detail?: string } {
  return { text: eventLabel(e, t, ta, locale), detail: eventDetail(e) };
}

function eventDetail(e: EventRow): string | undefined {
  if (e.type === 'note') return String(e.data.text ?? '').slice(0, 200);
  if (e.type === 'draft_used') return String(e.data.text ?? '').slice(0, 120);
  return undefined;
}

function eventLabel(e: EventRow, t: CasesT, ta: AssistT, locale: UiLocale): string {
  const d = e.data;
  const status = (s: unknown) => ta(`status_${String(s)}` as AssistKey);
  switch (e.type) {
    case 'status':
      return t('ev_status', { from: status(d.from), to: status(d.to) });
    case 'edit':
      return t('ev_edit_detail', {
        changes: Object.entries(d)
          .map(([key, change]) => {
            const c = change as { from?: unknown; to?: unknown };
            const label = FIELD_LABEL[key] ? t(FIELD_LABEL[key]) : key;
            return `${label} ${editValue(ta, key, c.from)} → ${editValue(ta, key, c.to)}`;
          })
          .join('; '),
      });
    case 'deadline':
      return t('ev_deadline_detail', {
        from: formatTime(Number(d.from), locale),
        to: formatTime(Number(d.to), locale),
      });
    case 'visibility':
      return t(d.visible ? 'ev_visibility_back' : 'ev_visibility_gone');
    case 'note':
      return t(d.confirmedByCustomer ? 'ev_note_confirmed' : 'ev_note');
    case 'draft_used':
      return t('ev_draft_used', { kind: draftKindLabel(t, d.kind) });
    default:
      return t(`ev_${e.type}` as CasesKey);
  }
}

export interface TimelineEntry {
  key: string;
  at: number;
  type: string;
  text: string;
  detail?: string;
}

/**
 * The timeline: each verbatim version (when it was seen) and each event, in time order.
 * (Data recorded before schema 3 also has `created` / `version` events: the versions stand for them.)
 */
export function timelineOf(
  row: Pick<CaseRow, 'id'>,
  versions: readonly { seq: number; capturedAt: number }[],
  events: readonly EventRow[],
  t: CasesT,
  ta: AssistT,
  locale: UiLocale,
): TimelineEntry[] {
  return [
    ...versions.map((v) => ({
      key: `v${v.seq}`,
      at: v.capturedAt,
      type: v.seq === 1 ? 'created' : 'version',
      text: v.seq === 1 ? t('ev_created') : t('ev_version_seq', { seq: v.seq }),
    })),
    ...events
      .filter((e) => e.type !== 'created' && e.type !== 'version')
      .map((e) => ({ key: `e${e.id ?? `${row.id}-${e.at}`}`, at: e.at, type: e.type, ...eventText(e, t, ta, locale) })),
  ].sort((a, b) => a.at - b.at);
}
