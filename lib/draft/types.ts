import { z } from 'zod';
import { CATEGORIES, QUADRANTS } from '../detect/types';

export const DRAFT_LANGUAGES = ['zh-TW', 'zh-CN', 'en'] as const;
export type DraftLanguage = (typeof DRAFT_LANGUAGES)[number];
export const draftLanguageSchema = z.enum(DRAFT_LANGUAGES);

export const REPLY_KINDS = ['public', 'private'] as const;
export type ReplyKind = (typeof REPLY_KINDS)[number];

const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[\w.-]+$/, 'letters, digits, dot, dash or underscore');

/**
 * A reply template. The most specific template wins: language and kind must match;
 * then a template for the exact quadrant/category/tone beats one for `any`, and a user
 * template beats a built-in one of the same specificity.
 */
export const templateSchema = z.object({
  id,
  name: z.string().min(1).max(200),
  language: draftLanguageSchema,
  kind: z.enum(REPLY_KINDS),
  quadrant: z.union([z.enum(QUADRANTS), z.literal('any')]),
  category: z.union([z.enum(CATEGORIES), z.literal('any')]),
  tone: z.enum(['formal', 'warm', 'any']),
  body: z.string().min(1).max(10_000),
});
export type Template = z.infer<typeof templateSchema>;

export const faqEntrySchema = z.object({
  id,
  question: z.string().min(1).max(1000),
  answer: z.string().min(1).max(10_000),
  tags: z.array(z.string().min(1).max(50)).max(30),
  language: draftLanguageSchema,
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const LIBRARY_VERSION = 1;

/** The user's own templates and FAQ (built-in templates are not stored; they are always available). */
export const librarySchema = z
  .object({
    version: z.literal(LIBRARY_VERSION),
    templates: z.array(templateSchema).max(1000),
    faq: z.array(faqEntrySchema).max(5000),
  })
  .superRefine((lib, ctx) => {
    const seen = new Set<string>();
    lib.templates.forEach((t, i) => {
      if (seen.has(t.id))
        ctx.addIssue({ code: 'custom', path: ['templates', i, 'id'], message: `duplicate template id "${t.id}"` });
      seen.add(t.id);
    });
    const faqIds = new Set<string>();
    lib.faq.forEach((f, i) => {
      if (faqIds.has(f.id))
        ctx.addIssue({ code: 'custom', path: ['faq', i, 'id'], message: `duplicate FAQ id "${f.id}"` });
      faqIds.add(f.id);
    });
  });
export type Library = z.infer<typeof librarySchema>;

export const EMPTY_LIBRARY: Library = { version: LIBRARY_VERSION, templates: [], faq: [] };

export const LINT_SEVERITIES = ['error', 'warning', 'info'] as const;
export interface LintFinding {
  /** Machine-stable rule id, e.g. `unauthorized-promise`. */
  rule: string;
  severity: (typeof LINT_SEVERITIES)[number];
  /** In the UI language. */
  message: string;
  /** UTF-16 offsets into the linted text; 0/0 when the finding is about something missing. */
  start: number;
  end: number;
  suggestion?: string;
}
