import type { z } from 'zod';
import { VARIABLE_PATTERN, variablesIn } from './render';
import { TEMPLATE_VARIABLES } from './template-variables';
import { faqEntrySchema, librarySchema, LIBRARY_VERSION, templateSchema, type Library, type Template } from './types';

/**
 * Checking a library's shape and template bodies, without the drafting code: content scripts
 * read the stored library with `repairLibrary` on every page, and drafting, the lint and
 * their dictionaries load only when a card or reply box is used.
 */

/** `templates.3 (id "x").body` — the path, plus the entry's id when the file has one. */
export function where(json: unknown, path: readonly PropertyKey[]): string {
  const text = path.map(String).join('.') || '(file)';
  if (path.length < 2 || (path[0] !== 'templates' && path[0] !== 'faq') || typeof path[1] !== 'number') return text;
  const entry = (json as Record<string, unknown[]>)[path[0]]?.[path[1]];
  const id = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).id : undefined;
  if (typeof id !== 'string' || !id) return text;
  return [`${path[0]}.${path[1]} (id "${id.slice(0, 60)}")`, ...path.slice(2).map(String)].join('.');
}

export function describeIssues(error: z.ZodError, json: unknown): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${where(json, i.path)}: ${i.message}`)
    .join('; ');
}

export interface RepairedLibrary {
  library: Library;
  /** What could not be read (entries skipped), or null when the stored value was valid or absent. */
  problem: string | null;
}

/**
 * Reads a stored library value, keeping every entry that is still valid when the whole
 * is not (hand edits, a newer version, a partial write): entries are checked one by one,
 * later duplicates of an id and templates with unknown variables are skipped.
 */
export function repairLibrary(raw: unknown): RepairedLibrary {
  if (raw === undefined || raw === null)
    return { library: { version: LIBRARY_VERSION, templates: [], faq: [] }, problem: null };
  const whole = librarySchema.safeParse(raw);
  if (whole.success && whole.data.templates.every((t) => templateBodyErrors(t.body).length === 0))
    return { library: whole.data, problem: null };
  const obj = (typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const keep = <T extends { id: string }>(list: unknown, parse: (v: unknown) => T | null, max: number): T[] => {
    const out: T[] = [];
    const ids = new Set<string>();
    for (const v of Array.isArray(list) ? list : []) {
      const entry = parse(v);
      if (!entry || ids.has(entry.id) || out.length >= max) continue;
      ids.add(entry.id);
      out.push(entry);
    }
    return out;
  };
  const templates = keep(
    obj.templates,
    (v) => {
      const r = templateSchema.safeParse(v);
      return r.success && templateBodyErrors(r.data.body).length === 0 ? r.data : null;
    },
    1000,
  );
  const faq = keep(
    obj.faq,
    (v) => {
      const r = faqEntrySchema.safeParse(v);
      return r.success ? r.data : null;
    },
    5000,
  );
  const problem = whole.success ? parsedProblems(whole.data) : describeIssues(whole.error, raw);
  return { library: { version: LIBRARY_VERSION, templates, faq }, problem };
}

function parsedProblems(library: Library): string {
  return library.templates
    .flatMap((t, i) => templateBodyErrors(t.body).map((p) => `${where(library, ['templates', i, 'body'])}: ${p}`))
    .slice(0, 5)
    .join('; ');
}

export function unknownVariables(template: Pick<Template, 'body'>): string[] {
  return variablesIn(template.body).filter((v) => !(v in TEMPLATE_VARIABLES));
}

/**
 * What keeps a template body from being saved: unknown variables (`{{nmae}}`) and broken
 * variable syntax (`{{brand}`, `{brand}`), each as the offending text.
 */
export function templateBodyErrors(body: string): string[] {
  const out = unknownVariables({ body }).map((v) => `unknown variable {{${v}}}`);
  const rest = body.replace(VARIABLE_PATTERN, ' ');
  for (const m of rest.matchAll(
    /\{\{[^{}\n]{0,30}\}{0,2}|\{?\s{0,10}[A-Za-z0-9]{0,40}\s{0,10}\}\}|(?<!\{)\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}(?!\})/g,
  )) {
    if (m[1] !== undefined && !(m[1] in TEMPLATE_VARIABLES)) continue; // `{word}` that is no variable: plain text
    out.push(`incomplete variable ${m[0].trim()}`);
  }
  return [...new Set(out)];
}
