import type { Category, Quadrant } from '../detect/types';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import type { DraftLanguage, ReplyKind, Template } from './types';
import { pick } from './variation';

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

function mostSpecific(templates: readonly Template[], query: TemplateQuery): Template[] {
  let best: Template[] = [];
  let score = -1;
  for (const t of templates) {
    if (!templateMatches(t, query)) continue;
    const s = templateSpecificity(t);
    if (s > score) {
      score = s;
      best = [t];
    } else if (s === score) best.push(t);
  }
  return best;
}

/**
 * The template for a draft. The user's own templates come first: any user template that
 * matches (language, kind, and quadrant / category / tone either equal or `any`) is used
 * in preference to every built-in one — the most specific of them wins, ties keep the
 * earlier one in the user's list. Only when none matches is a built-in used: the most
 * specific, and among equally specific built-in wordings the one the comment's `seed`
 * picks (so different comments read differently).
 */
export function selectTemplate(query: TemplateQuery, userTemplates: readonly Template[] = [], seed = 0): Template {
  const mine = mostSpecific(userTemplates, query);
  if (mine.length) return mine[0]!;
  const builtins = mostSpecific(BUILTIN_TEMPLATES, query);
  if (!builtins.length) throw new Error(`No template for ${query.language} ${query.kind}`);
  return pick(builtins, seed, 7);
}
