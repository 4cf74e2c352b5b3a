import { z } from 'zod';
import { MAX_CORRECTIONS, shareable, type StoredCorrection } from '../corrections/schema';
import { correctionSchema, detect, type Correction } from '../detect';
import type { Category, DetectionResult, Quadrant } from '../detect/types';
import type { UiLocale } from '../i18n';
import { SAMPLE_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { lintReply } from './lint/lint';
import { draftingCategory } from './understand/problem';
import { renderTemplate, variablesIn } from './render';
import {
  librarySchema,
  LIBRARY_VERSION,
  type DraftLanguage,
  type FaqEntry,
  type LintFinding,
  type Library,
  type Template,
} from './types';
import { describeIssues, templateBodyErrors, where } from './library-check';
import { buildVariables } from './variables';

export { repairLibrary, templateBodyErrors, unknownVariables, type RepairedLibrary } from './library-check';

export type LibraryFileResult =
  | {
      ok: true;
      library: Library;
      /** Corrections shared with the library (verdicts and features only); none in older files. */
      corrections: Correction[];
    }
  | { ok: false; error: string };

/**
 * The corrections a library file may carry: the verdict and the text's features, never the
 * customer details kept for this browser's own list (`local`) nor the comment or message they
 * were made on (`sourceKey`, dropped on reading too). Optional: older files have none.
 */
const fileCorrectionsSchema = z
  .array(correctionSchema.omit({ sourceKey: true }))
  .max(MAX_CORRECTIONS)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((c, i) => {
      if (seen.has(c.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate correction id "${c.id}"` });
      seen.add(c.id);
    });
  })
  .default([]);

/**
 * Parses an imported library file: all or nothing. On failure the error names where the
 * problems are (`templates.3 (id "late-delivery").body: unknown variable {{nmae}}`), at
 * most five of them.
 */
export function parseLibraryFile(fileText: string): LibraryFileResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\uFEFF/, ''));
  } catch (err) {
    return { ok: false, error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = librarySchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error, json) };
  const shared = fileCorrectionsSchema.safeParse((json as { corrections?: unknown }).corrections);
  if (!shared.success)
    return {
      ok: false,
      error: shared.error.issues
        .slice(0, 5)
        .map((i) => `${['corrections', ...i.path.map(String)].join('.')}: ${i.message}`)
        .join('; '),
    };
  const problems = parsed.data.templates.flatMap((t, i) =>
    templateBodyErrors(t.body).map((p) => `${where(json, ['templates', i, 'body'])}: ${p}`),
  );
  if (problems.length) return { ok: false, error: problems.slice(0, 5).join('; ') };
  return { ok: true, library: parsed.data, corrections: shared.data };
}

/** Sample cases used by the editor's live preview and by template validation. */
export const SAMPLE_CASE_TEXT = {
  'zh-TW': '第三次了還是沒收到貨，訂單編號 TW20261124001，再不處理我就找消保官！',
  'zh-CN': '第三次了还是没收到货，订单号 CN20261124001，再不处理我就去 12315 投诉！',
  en: 'Third time asking: order #20261124 still has not arrived. Fix this or I will dispute the charge.',
} as const;

/** The sample customer's display name, per language. */
export const SAMPLE_CUSTOMER_NAME: Record<DraftLanguage, string> = {
  'zh-TW': '陳大明',
  'zh-CN': '王伟',
  en: 'Jane Chen',
};

/** Remarks on a template that do not block saving (shown beside the preview). */
export type TemplateAdvice =
  /** A private follow-up without {{verbatim}}: the practice restates the complaint word for word. */
  | 'private-without-verbatim'
  /** A private follow-up without {{faq}}: FAQ answers chosen in the card would be left out. */
  | 'private-without-faq'
  /** {{verbatim}} in a public reply: it is always empty there (the public reply never quotes the customer). */
  | 'public-with-verbatim';

export interface TemplateCheck {
  /** Unknown or incomplete variables: the template cannot be saved. */
  errors: string[];
  /** Lint errors of the rendered sample (messages): the template can be saved, with a warning. */
  lintErrors: string[];
  /** Every lint finding of the rendered sample, offsets into `preview`. */
  findings: LintFinding[];
  advice: TemplateAdvice[];
  preview: string;
  /** The sample case the preview was rendered for. */
  sample: { text: string; customerName: string; quadrant: Quadrant; category: Category };
}

const sampleDetections = new Map<string, DetectionResult>();
function sampleDetection(text: string): DetectionResult {
  let d = sampleDetections.get(text);
  if (!d) sampleDetections.set(text, (d = detect(text)));
  return d;
}

/**
 * Renders a template on the sample case of its language with the given settings (the
 * user's, in the options page) and lints the result, for the editor's live preview.
 */
export function validateTemplate(
  template: Template,
  settings: Settings = SAMPLE_SETTINGS,
  options: { uiLocale?: UiLocale } = {},
): TemplateCheck {
  const errors = templateBodyErrors(template.body);
  const text = SAMPLE_CASE_TEXT[template.language];
  const customerName = SAMPLE_CUSTOMER_NAME[template.language];
  const detection = sampleDetection(text);
  const quadrant = template.quadrant === 'any' ? detection.quadrantHint.quadrant : template.quadrant;
  const category = template.category === 'any' ? draftingCategory(text, detection.categories) : template.category;
  const values = buildVariables({
    language: template.language,
    settings,
    authorName: customerName,
    customerText: text,
    quadrant,
    category,
  });
  const preview = renderTemplate(template.body, template.kind === 'public' ? { ...values, verbatim: '' } : values).text;
  const findings = errors.length
    ? []
    : lintReply(preview, {
        kind: template.kind,
        settings,
        detection,
        customerText: text,
        quadrant,
        uiLocale: options.uiLocale,
      });
  const used = new Set(variablesIn(template.body));
  const advice: TemplateAdvice[] = [];
  if (template.kind === 'private' && !used.has('verbatim')) advice.push('private-without-verbatim');
  if (template.kind === 'private' && !used.has('faq')) advice.push('private-without-faq');
  if (template.kind === 'public' && used.has('verbatim')) advice.push('public-with-verbatim');
  return {
    errors,
    lintErrors: findings.filter((f) => f.severity === 'error').map((f) => f.message),
    findings,
    advice,
    preview,
    sample: { text, customerName, quadrant, category },
  };
}

/**
 * Pretty JSON of the library, the file format of export and import, with the CSM's corrections
 * when given (shareable: verdicts and features, nothing that points to a customer).
 */
export function serializeLibrary(library: Library, corrections: readonly StoredCorrection[] = []): string {
  const file = { version: LIBRARY_VERSION, templates: library.templates, faq: library.faq };
  const shared = corrections.length ? { corrections: corrections.map(shareable) } : {};
  return JSON.stringify({ ...file, ...shared }, null, 2) + '\n';
}

/** The corrections of a library file as the background stores them: shared, so without local details. */
export function sharedCorrections(corrections: readonly Correction[]): StoredCorrection[] {
  return corrections.map((c) => {
    const { sourceKey: _sourceKey, ...correction } = c;
    return { correction, via: 'library' };
  });
}

export interface ImportCounts {
  /** Entries in the file. */
  inFile: number;
  /** New ids (merge adds them). */
  added: number;
  /** Ids already in the library with different content (merge overwrites them). */
  updated: number;
  /** Ids already in the library with the same content. */
  unchanged: number;
  /** Entries of the current library that replacing would remove (ids not in the file). */
  removedByReplace: number;
}

export interface ImportPlan {
  templates: ImportCounts;
  faq: ImportCounts;
  /** The library after "merge": file entries overwrite same-id entries in place, new ones are appended. */
  merged: Library | null;
  /** Why merging is impossible (e.g. more than the maximum number of entries), else null. */
  mergeError: string | null;
  /** The library after "replace": exactly the file. */
  replaced: Library;
}

function counts<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): ImportCounts {
  const byId = new Map(current.map((e) => [e.id, e]));
  const incomingIds = new Set(incoming.map((e) => e.id));
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  for (const e of incoming) {
    const old = byId.get(e.id);
    if (!old) added++;
    else if (JSON.stringify(old) === JSON.stringify(e)) unchanged++;
    else updated++;
  }
  return {
    inFile: incoming.length,
    added,
    updated,
    unchanged,
    removedByReplace: current.filter((e) => !incomingIds.has(e.id)).length,
  };
}

function mergeList<T extends { id: string }>(current: readonly T[], incoming: readonly T[]): T[] {
  const incomingById = new Map(incoming.map((e) => [e.id, e]));
  const currentIds = new Set(current.map((e) => e.id));
  return [...current.map((e) => incomingById.get(e.id) ?? e), ...incoming.filter((e) => !currentIds.has(e.id))];
}

/** The dry run shown before an import: what merging or replacing would do. Changes nothing. */
export function planImport(current: Library, incoming: Library): ImportPlan {
  const candidate = {
    version: LIBRARY_VERSION,
    templates: mergeList(current.templates, incoming.templates),
    faq: mergeList<FaqEntry>(current.faq, incoming.faq),
  };
  const merged = librarySchema.safeParse(candidate);
  return {
    templates: counts(current.templates, incoming.templates),
    faq: counts(current.faq, incoming.faq),
    merged: merged.success ? merged.data : null,
    mergeError: merged.success ? null : describeIssues(merged.error, candidate),
    replaced: incoming,
  };
}
