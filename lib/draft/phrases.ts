import type { Catalog } from './catalog/types';
import { EN } from './catalog/en';
import { ZH_CN } from './catalog/zh-CN';
import { ZH_TW } from './catalog/zh-TW';
import type { DraftLanguage } from './types';

export type { Catalog, IncidentContext, DeadlineAnswer } from './catalog/types';

/** The language catalogues of drafts (lib/draft/catalog/*). */
export const PHRASES: Record<DraftLanguage, Catalog> = { 'zh-TW': ZH_TW, 'zh-CN': ZH_CN, en: EN };
