import type { Category, Quadrant } from '../detect/types';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import type { DraftLanguage, ReplyKind, Template } from './types';

export interface TemplateQuery {
  language: DraftLanguage;
  kind: ReplyKind;
  quadrant: Quadrant;
  category: Category;
  tone: 'formal' | 'warm';
}

/** True when `template` may be used for `query` (`any` matches every value). */
export function templateMatches(template: Template, query: TemplateQuery): boolean {
  return (
    template.language === query.language &&
    template.kind === query.kind &&
    (template.quadrant === 'any' || template.quadrant === query.quadrant) &&
    (template.category === 'any' || template.category === query.category) &&
    (template.tone === 'any' || template.tone === query.tone)
  );
}

/** quadrant (4) > category (2) > tone (1). */
export function templateSpecificity(template: Template): number {
  return (
    (template.quadrant !== 'any' ? 4 : 0) + (template.category !== 'any' ? 2 : 0) + (template.tone !== 'any' ? 1 : 0)
  );
}

function mostSpecific(templates: readonly Template[], query: TemplateQuery): Template | null {
  let best: Template | null = null;
  for (const t of templates) {
    if (!templateMatches(t, query)) continue;
    // Ties keep the earlier template (the user's list order).
    if (!best || templateSpecificity(t) > templateSpecificity(best)) best = t;
  }
  return best;
}

/**
 * The template for a draft. The user's own templates come first: any user template that
 * matches (language, kind, and quadrant / category / tone either equal or `any`) is used
 * in preference to every built-in one — the most specific of them wins. Only when none
 * matches is the most specific built-in used; built-ins guarantee a match.
 */
export function selectTemplate(query: TemplateQuery, userTemplates: readonly Template[] = []): Template {
  const chosen = mostSpecific(userTemplates, query) ?? mostSpecific(BUILTIN_TEMPLATES, query);
  if (!chosen) throw new Error(`No template for ${query.language} ${query.kind}`);
  return chosen;
}
