import { CATEGORIES, QUADRANTS, type Category, type Quadrant } from '../../lib/detect/types';
import { BUILTIN_TEMPLATES } from '../../lib/draft/builtin-templates';
import {
  faqEntrySchema,
  templateSchema,
  type DraftLanguage,
  type FaqEntry,
  type Library,
  type ReplyKind,
  type Template,
} from '../../lib/draft/types';

/**
 * Pure helpers of the template & FAQ editor (no DOM, no extension API), unit-tested.
 */

export { CATEGORIES, QUADRANTS };

export const LANGUAGE_NAMES: Record<DraftLanguage, string> = {
  'zh-TW': '繁體中文',
  'zh-CN': '简体中文',
  en: 'English',
};

export interface TemplateFilter {
  language: DraftLanguage | 'all';
  kind: ReplyKind | 'all';
  /** Templates that apply to this situation: the ones for it and the ones for any. */
  quadrant: Quadrant | 'all';
  /** Templates that apply to this category: the ones for it and the ones for any. */
  category: Category | 'all';
  source: 'all' | 'mine' | 'builtin';
}

export const NO_FILTER: TemplateFilter = {
  language: 'all',
  kind: 'all',
  quadrant: 'all',
  category: 'all',
  source: 'all',
};

export interface ListedTemplate {
  template: Template;
  builtin: boolean;
}

export function isBuiltinId(id: string): boolean {
  return BUILTIN_TEMPLATES.some((t) => t.id === id);
}

/** The user's templates first (in their order), then the built-in ones, filtered. */
export function listTemplates(userTemplates: readonly Template[], filter: TemplateFilter): ListedTemplate[] {
  const all: ListedTemplate[] = [
    ...(filter.source === 'builtin' ? [] : userTemplates.map((template) => ({ template, builtin: false }))),
    ...(filter.source === 'mine' ? [] : BUILTIN_TEMPLATES.map((template) => ({ template, builtin: true }))),
  ];
  return all.filter(({ template: t }) => {
    if (filter.language !== 'all' && t.language !== filter.language) return false;
    if (filter.kind !== 'all' && t.kind !== filter.kind) return false;
    if (filter.quadrant !== 'all' && t.quadrant !== 'any' && t.quadrant !== filter.quadrant) return false;
    if (filter.category !== 'all' && t.category !== 'any' && t.category !== filter.category) return false;
    return true;
  });
}

/** Which localized name a built-in template has: `builtin.zh-TW.public.formal.2` → `public_formal`. */
export function builtinNameKey(
  id: string,
): 'public_formal' | 'public_warm' | 'public_privacy' | 'public_health' | 'private_formal' | 'private_warm' | null {
  const m = /^builtin\.[^.]+\.(public|private)\.([a-z]+)(?:\.\d+)?$/.exec(id);
  if (!m) return null;
  const [, kind, variant] = m;
  if (variant === 'formal' || variant === 'warm') return `${kind as 'public' | 'private'}_${variant}`;
  if (kind === 'public' && variant === 'privacy') return 'public_privacy';
  if (kind === 'public' && variant === 'health') return 'public_health';
  return null;
}

/** The wording number of a built-in public reply (`….formal.2` → 2; the first wording is 1). */
export function builtinWording(id: string): number {
  const m = /\.(\d+)$/.exec(id);
  return m ? Number(m[1]) : 1;
}

/** A new id that no user or built-in template (or FAQ entry) uses. */
export function newId(prefix: 'tpl' | 'faq', taken: Iterable<string>, now = Date.now(), random = Math.random): string {
  const used = new Set(taken);
  for (;;) {
    const id = `${prefix}-${now.toString(36)}-${Math.floor(random() * 36 ** 4)
      .toString(36)
      .padStart(4, '0')}`;
    if (!used.has(id) && !isBuiltinId(id)) return id;
  }
}

export function takenIds(library: Library): string[] {
  return [
    ...library.templates.map((t) => t.id),
    ...library.faq.map((f) => f.id),
    ...BUILTIN_TEMPLATES.map((t) => t.id),
  ];
}

export function blankTemplate(language: DraftLanguage, kind: ReplyKind = 'public'): Template {
  return { id: '', name: '', language, kind, quadrant: 'any', category: 'any', tone: 'any', body: '' };
}

export function blankFaq(language: DraftLanguage): FaqEntry {
  return { id: '', question: '', answer: '', tags: [], language };
}

/** Inserts `insert` over the selection [start, end) and returns the new text and caret position. */
export function insertAt(text: string, start: number, end: number, insert: string): { text: string; caret: number } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { text: text.slice(0, s) + insert + text.slice(e), caret: s + insert.length };
}

/** Tags typed as one line: separated by commas (also full-width ，and 、) or semicolons; trimmed, no duplicates. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,，、;；]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}

export type FieldIssue = { code: 'required' } | { code: 'too_long'; max: number } | { code: 'invalid' };

function issuesByField(result: {
  success: boolean;
  error?: { issues: readonly { path: PropertyKey[]; code: string; maximum?: unknown; minimum?: unknown }[] };
}): Record<string, FieldIssue> {
  const out: Record<string, FieldIssue> = {};
  if (result.success || !result.error) return out;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (out[field]) continue;
    if (issue.code === 'too_small') out[field] = { code: 'required' };
    else if (issue.code === 'too_big') out[field] = { code: 'too_long', max: Number(issue.maximum) };
    else out[field] = { code: 'invalid' };
  }
  return out;
}

/** Field errors of a template being edited (its id is assigned on save, so a placeholder id is checked). */
export function templateFieldIssues(t: Template): Record<string, FieldIssue> {
  return issuesByField(
    templateSchema.safeParse({ ...t, id: t.id || 'new', name: t.name.trim(), body: t.body.trim() ? t.body : '' }),
  );
}

export function faqFieldIssues(f: FaqEntry): Record<string, FieldIssue> {
  return issuesByField(
    faqEntrySchema.safeParse({ ...f, id: f.id || 'new', question: f.question.trim(), answer: f.answer.trim() }),
  );
}

/** Replaces the entry with the same id, or appends it. */
export function upsert<T extends { id: string }>(list: readonly T[], entry: T): T[] {
  const i = list.findIndex((e) => e.id === entry.id);
  return i < 0 ? [...list, entry] : list.map((e, j) => (j === i ? entry : e));
}

/** Puts a deleted entry back where it was (or at the end), unless its id is in use again. */
export function restoreAt<T extends { id: string }>(list: readonly T[], entry: T, index: number): T[] {
  if (list.some((e) => e.id === entry.id)) return [...list];
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), entry, ...list.slice(at)];
}
