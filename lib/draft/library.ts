import { z } from 'zod';
import { detect } from '../detect';
import { SAMPLE_SETTINGS } from '../settings/defaults';
import type { Settings } from '../settings/schema';
import { lintReply } from './lint/lint';
import { renderTemplate, variablesIn } from './render';
import { librarySchema, type Library, type Template } from './types';
import { buildVariables, TEMPLATE_VARIABLES } from './variables';

export type LibraryFileResult = { ok: true; library: Library } | { ok: false; error: string };

/** Parses an imported library file: all or nothing, with the path of the first problems. */
export function parseLibraryFile(fileText: string): LibraryFileResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (err) {
    return { ok: false, error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  const parsed = librarySchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeIssues(parsed.error) };
  const unknown = parsed.data.templates.flatMap((t, i) => unknownVariables(t).map((v) => `templates.${i}.body: unknown variable {{${v}}}`));
  if (unknown.length) return { ok: false, error: unknown.slice(0, 5).join('; ') };
  return { ok: true, library: parsed.data };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
    .join('; ');
}

export function unknownVariables(template: Pick<Template, 'body'>): string[] {
  return variablesIn(template.body).filter((v) => !(v in TEMPLATE_VARIABLES));
}

/** Sample cases used by the editor's live preview and by template validation. */
export const SAMPLE_CASE_TEXT = {
  'zh-TW': '第三次了還是沒收到貨，訂單編號 TW20261124001，再不處理我就找消保官！',
  'zh-CN': '第三次了还是没收到货，订单号 CN20261124001，再不处理我就去 12315 投诉！',
  en: 'Third time asking: order #20261124 still has not arrived. Fix this or I will dispute the charge.',
} as const;

export interface TemplateCheck {
  /** Unknown variables: the template cannot be saved. */
  errors: string[];
  /** Lint errors of the rendered sample: the template can be saved, with a warning. */
  lintErrors: string[];
  preview: string;
}

/** Renders a template on the sample case and lints it, for the editor. */
export function validateTemplate(template: Template, settings: Settings = SAMPLE_SETTINGS): TemplateCheck {
  const errors = unknownVariables(template).map((v) => `{{${v}}}`);
  const text = SAMPLE_CASE_TEXT[template.language];
  const detection = detect(text);
  const quadrant = template.quadrant === 'any' ? detection.quadrantHint.quadrant : template.quadrant;
  const category = template.category === 'any' ? (detection.categories[0] ?? 'other') : template.category;
  const values = buildVariables({ language: template.language, settings, authorName: '陳大明', customerText: text, quadrant, category });
  const preview = renderTemplate(template.body, template.kind === 'public' ? { ...values, verbatim: '' } : values).text;
  const lintErrors = errors.length
    ? []
    : lintReply(preview, { kind: template.kind, settings, detection, customerText: text, quadrant })
        .filter((f) => f.severity === 'error')
        .map((f) => f.message);
  return { errors, lintErrors, preview };
}
