import type { Category, Quadrant } from '../../lib/detect/types';
import { templateBodyErrors } from '../../lib/draft/library';
import type { Template } from '../../lib/draft/types';
import type { libraryStrings } from '../../lib/i18n/strings/library';
import { quadrantKey, type AssistT } from '../assist/i18n';
import { builtinNameKey, builtinWording, type FieldIssue } from './model';

export type LibraryKey = keyof (typeof libraryStrings)['en'];
export type LibraryT = (key: LibraryKey, params?: Record<string, string | number>) => string;
export type { AssistT };

export const quadrantLabel = (ta: AssistT, q: Quadrant | 'any', t: LibraryT) =>
  q === 'any' ? t('anyQuadrant') : ta(quadrantKey(q));
export const categoryLabel = (ta: AssistT, c: Category | 'any', t: LibraryT) =>
  c === 'any' ? t('anyCategory') : ta(`cat_${c}`);
export const toneLabel = (t: LibraryT, tone: Template['tone']) => (tone === 'any' ? t('anyTone') : t(`tone_${tone}`));

/** A built-in template's name in the UI language; user templates keep theirs. */
export function templateName(t: LibraryT, template: Template): string {
  const key = builtinNameKey(template.id);
  if (!key) return template.name;
  const wording = builtinWording(template.id);
  return `${t(`builtin_${key}`)}${wording > 1 || (/\.(formal|warm)$/.test(template.id) && key.startsWith('public')) ? ` · ${wording}` : ''}`;
}

export function fieldIssueText(t: LibraryT, issue: FieldIssue | undefined): string | null {
  if (!issue) return null;
  if (issue.code === 'required') return t('errRequired');
  if (issue.code === 'too_long') return t('errTooLong', { max: issue.max });
  return t('errRequired');
}

/** Localized body errors (unknown / incomplete variables). */
export function bodyErrorTexts(t: LibraryT, body: string): string[] {
  return templateBodyErrors(body).map((e) =>
    e.startsWith('unknown variable ')
      ? t('errUnknownVariable', { name: e.slice('unknown variable '.length) })
      : t('errIncompleteVariable', { text: e.slice('incomplete variable '.length) }),
  );
}
