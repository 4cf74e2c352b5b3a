import { PHRASES } from './phrases';
import type { DraftLanguage, Template } from './types';

/**
 * The built-in template library, from the language catalogues (lib/draft/catalog). Public
 * replies are limited apologies for the experience — never an admission of fault, in any
 * situation — naming the problem in one short clause, moving the case to the dedicated line
 * with the handler's name and a time frame. Several wordings exist per tone; each comment
 * gets one of them (deterministically), so onlookers do not see copies. Incidents (health
 * and safety, privacy) have their own public reply. Follow-ups read back the customer's
 * points, ask only for what is missing, follow the situation, draw the service boundary
 * and answer the customer's own deadline.
 */
function builtin(language: DraftLanguage): Template[] {
  const b = PHRASES[language].bodies;
  const base = { language, category: 'any', quadrant: 'any' } as const;
  const variants = (tone: 'formal' | 'warm', bodies: readonly string[]): Template[] =>
    bodies.map((body, i) => ({
      ...base,
      id: `builtin.${language}.public.${tone}${i ? `.${i + 1}` : ''}`,
      name: `Public reply (${tone}${bodies.length > 1 ? `, wording ${i + 1}` : ''})`,
      kind: 'public',
      tone,
      body,
    }));
  return [
    ...variants('formal', b.publicFormal),
    ...variants('warm', b.publicWarm),
    {
      ...base,
      id: `builtin.${language}.public.health`,
      name: 'Public reply (health and safety)',
      kind: 'public',
      category: 'health',
      tone: 'any',
      body: b.publicHealth,
    },
    {
      ...base,
      id: `builtin.${language}.public.privacy`,
      name: 'Public reply (privacy)',
      kind: 'public',
      category: 'privacy',
      tone: 'any',
      body: b.publicPrivacy,
    },
    {
      ...base,
      id: `builtin.${language}.private.formal`,
      name: 'Private follow-up (formal)',
      kind: 'private',
      tone: 'formal',
      body: b.privateFormal,
    },
    {
      ...base,
      id: `builtin.${language}.private.warm`,
      name: 'Private follow-up (warm)',
      kind: 'private',
      tone: 'warm',
      body: b.privateWarm,
    },
  ];
}

export const BUILTIN_TEMPLATES: readonly Template[] = (['zh-TW', 'zh-CN', 'en'] as const).flatMap(builtin);
