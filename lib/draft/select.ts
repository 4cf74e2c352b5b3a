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

/**
 * The most specific matching template: quadrant (4) > category (2) > tone (1); a user
 * template beats a built-in one of equal specificity. Built-ins guarantee a match.
 */
export function selectTemplate(query: TemplateQuery, userTemplates: readonly Template[] = []): Template {
  let best: Template | null = null;
  let bestScore = -1;
  const consider = (t: Template, bonus: number) => {
    if (t.language !== query.language || t.kind !== query.kind) return;
    if (t.quadrant !== 'any' && t.quadrant !== query.quadrant) return;
    if (t.category !== 'any' && t.category !== query.category) return;
    if (t.tone !== 'any' && t.tone !== query.tone) return;
    const score = (t.quadrant !== 'any' ? 4 : 0) + (t.category !== 'any' ? 2 : 0) + (t.tone !== 'any' ? 1 : 0) + bonus;
    if (score > bestScore) {
      best = t;
      bestScore = score;
    }
  };
  for (const t of userTemplates) consider(t, 0.5);
  for (const t of BUILTIN_TEMPLATES) consider(t, 0);
  if (!best) throw new Error(`No template for ${query.language} ${query.kind}`);
  return best;
}
