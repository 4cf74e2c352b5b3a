import type { Category, DetectionResult, Quadrant } from '../detect/types';
import type { UiLocale } from '../i18n';
import type { Settings } from '../settings/schema';
import { lintReply } from './lint/lint';
import { renderTemplate } from './render';
import { selectTemplate } from './select';
import type { DraftLanguage, FaqEntry, LintFinding, Library } from './types';
import { buildVariables } from './variables';

export interface DraftInput {
  /** The customer's text exactly as seen (quoted verbatim in the private follow-up). */
  text: string;
  detection: DetectionResult;
  authorName?: string;
  source: 'facebook' | 'gmail';
  /** 'auto' (or absent) follows the settings, then the customer's language. */
  language?: DraftLanguage | 'auto';
  /** Default: the detector's hint. */
  quadrant?: Quadrant;
  /** Default: the detector's first category. */
  category?: Category;
  /** FAQ answers to include in the private follow-up. */
  faq?: readonly FaqEntry[];
  tone?: 'formal' | 'warm';
  settings: Settings;
  /** The user's templates (built-ins are always available). */
  library?: Library;
  /** Include the service-boundary paragraph even when the customer named no paid service. */
  includeBoundary?: boolean;
  /** Language of lint messages. */
  uiLocale?: UiLocale;
}

export interface DraftOutput {
  language: DraftLanguage;
  quadrant: Quadrant;
  category: Category;
  public: string;
  private: string;
  /** Ids of the templates used. */
  templates: { public: string; private: string };
  lint: { public: LintFinding[]; private: LintFinding[] };
}

/** The reply language: explicit choice, else the settings, else the customer's language. */
export function draftLanguageFor(input: Pick<DraftInput, 'language' | 'settings' | 'detection'>): DraftLanguage {
  if (input.language && input.language !== 'auto') return input.language;
  if (input.settings.language !== 'auto') return input.settings.language;
  const detected = input.detection.language;
  return detected === 'other' ? 'en' : detected;
}

/** The limited public reply and the private follow-up, with their lint findings. Plain text only. */
export function draftReplies(input: DraftInput): DraftOutput {
  const language = draftLanguageFor(input);
  const quadrant = input.quadrant ?? input.detection.quadrantHint.quadrant;
  const category = input.category ?? input.detection.categories[0] ?? 'other';
  const tone = input.tone ?? input.settings.tone;
  const values = buildVariables({
    language,
    settings: input.settings,
    authorName: input.authorName,
    customerText: input.text,
    quadrant,
    category,
    faq: input.faq,
    includeBoundary: input.includeBoundary,
  });
  const userTemplates = input.library?.templates ?? [];
  const query = { language, quadrant, category, tone };
  const publicTemplate = selectTemplate({ ...query, kind: 'public' }, userTemplates);
  const privateTemplate = selectTemplate({ ...query, kind: 'private' }, userTemplates);
  // The public reply never quotes the customer: it must not repeat their words or data.
  const publicText = renderTemplate(publicTemplate.body, { ...values, verbatim: '' }).text;
  const privateText = renderTemplate(privateTemplate.body, values).text;
  const lintOptions = {
    settings: input.settings,
    detection: input.detection,
    customerText: input.text,
    quadrant,
    uiLocale: input.uiLocale,
  };
  return {
    language,
    quadrant,
    category,
    public: publicText,
    private: privateText,
    templates: { public: publicTemplate.id, private: privateTemplate.id },
    lint: {
      public: lintReply(publicText, { ...lintOptions, kind: 'public' }),
      private: lintReply(privateText, { ...lintOptions, kind: 'private' }),
    },
  };
}
