import type { Category, DetectionResult, Quadrant } from '../detect/types';
import type { UiLocale } from '../i18n';
import { settingsFor } from '../settings/localize';
import { deadlineFor } from '../settings/schedule';
import type { Settings } from '../settings/schema';
import { servicesMentioned } from './boundary';
import { faqAnswersFor } from './faq';
import type { LintPurpose } from './lint/lint';
import { lintReply } from './lint/lint';
import { PHRASES } from './phrases';
import { renderTemplate } from './render';
import { selectTemplate } from './select';
import type { DraftLanguage, FaqEntry, LintFinding, Library } from './types';
import { incidentIn, type Incident } from './understand/incident';
import { messageKindOf, type MessageKind } from './understand/message-kind';
import { draftingCategory } from './understand/problem';
import { buildVariables, incidentContextOf, incidentText } from './variables';
import { pick, seedOf } from './variation';

export type DraftStage = 'first' | 'resolved';

export interface DraftInput {
  /** The customer's text exactly as seen (its points are read back in the private follow-up). */
  text: string;
  detection: DetectionResult;
  authorName?: string;
  source: 'facebook' | 'gmail';
  /** 'auto' (or absent) follows the settings, then the customer's language. */
  language?: DraftLanguage | 'auto';
  /** The situation the CSM chose. Absent: the detector's hint, which never admits fault. */
  quadrant?: Quadrant;
  /** Default: the detector's first category (an incident reported in the text wins). */
  category?: Category;
  /** Default: read from the text and the detector (complaint, question, praise, comment). */
  messageKind?: MessageKind;
  /** FAQ answers to include in the private follow-up. */
  faq?: readonly FaqEntry[];
  tone?: 'formal' | 'warm';
  settings: Settings;
  /** The user's templates and FAQ (built-ins are always available). */
  library?: Library;
  /** Include the service-boundary paragraph even when the customer named no paid service. */
  includeBoundary?: boolean;
  /** The CSM ticked the one-off bonus help: only then do drafts offer it. */
  offerBonus?: boolean;
  /** `resolved`: the closing replies (public note that it was handled, private thanks). */
  stage?: DraftStage;
  /** When the message was received (epoch ms); the time frame counts from it. Default: now. */
  receivedAt?: number;
  /** Language of lint messages. */
  uiLocale?: UiLocale;
}

export interface DraftOutput {
  language: DraftLanguage;
  quadrant: Quadrant;
  category: Category;
  messageKind: MessageKind;
  stage: DraftStage;
  incident: Incident['kind'] | null;
  public: string;
  private: string;
  /** The private follow-up in Messenger length (short paragraphs, no letter signature). */
  messenger: string;
  /** The reply is due by (epoch ms), as promised in the drafts. */
  replyBy: number;
  /** Ids of the templates used (`script.*` for built-in scripts outside the library). */
  templates: { public: string; private: string };
  lint: { public: LintFinding[]; private: LintFinding[]; messenger: LintFinding[] };
}

/** The reply language: explicit choice, else the settings, else the customer's language. */
export function draftLanguageFor(input: Pick<DraftInput, 'language' | 'settings' | 'detection'>): DraftLanguage {
  if (input.language && input.language !== 'auto') return input.language;
  if (input.settings.language !== 'auto') return input.settings.language;
  const detected = input.detection.language;
  return detected === 'other' ? 'en' : detected;
}

/** The incident the drafts must handle first: from the text, unless the CSM chose another category. */
function incidentFor(input: DraftInput): Incident | null {
  const found = incidentIn(input.text, input.detection);
  if (input.category && input.category !== 'health' && input.category !== 'privacy') return null;
  if (input.category === 'health') return found?.kind === 'health' ? found : { kind: 'health', ...blank(found) };
  if (input.category === 'privacy')
    return found && found.kind !== 'health' ? found : { kind: 'privacy-own', ...blank(found) };
  return found;
}
const blank = (found: Incident | null) => ({
  electric: found?.electric ?? false,
  food: found?.food ?? false,
  hurt: found?.hurt ?? false,
  ...(found?.product ? { product: found.product } : {}),
});

/** The public reply and the private follow-ups, with their lint findings. Plain text only. */
export function draftReplies(input: DraftInput): DraftOutput {
  const language = draftLanguageFor(input);
  const p = PHRASES[language];
  const stage = input.stage ?? 'first';
  const found = incidentFor(input);
  // An incident, or a request for a paid service, is handled as a complaint even when phrased as a question.
  const asksForService = servicesMentioned(input.text, input.settings.serviceBoundary.paid).length > 0;
  const read = messageKindOf(input.text, input.detection);
  const messageKind = input.messageKind ?? (read === 'question' && (found || asksForService) ? 'complaint' : read);
  const incident = messageKind === 'complaint' ? found : null;
  // A request for a service beyond the boundary is nobody's fault: unless the text names a
  // company error, it is a reasonable request the company is not responsible for.
  const hint = input.detection.quadrantHint;
  const serviceOnly = asksForService && hint.reasons.every((r) => r === 'complaint-about-delivery');
  const quadrant = input.quadrant ?? (serviceOnly ? 'reasonable-not-responsible' : hint.quadrant);
  const category: Category = incident
    ? incident.kind === 'health'
      ? 'health'
      : 'privacy'
    : (input.category ?? draftingCategory(input.text, input.detection.categories, { serviceRequest: asksForService }));
  const tone = input.tone ?? input.settings.tone;
  const receivedAt = input.receivedAt ?? Date.now();
  const seed = seedOf(input.authorName ?? '', input.text);
  const settings = { ...input.settings, tone };
  const values: Record<string, string> = buildVariables({
    language,
    settings,
    authorName: input.authorName,
    customerText: input.text,
    quadrant,
    quadrantChosen: input.quadrant !== undefined,
    category,
    faq: input.faq,
    includeBoundary: input.includeBoundary,
    offerBonus: input.offerBonus,
    detection: input.detection,
    incident,
    receivedAt,
    source: input.source,
  });
  const render = (body: string, extra: Record<string, string> = {}) =>
    renderTemplate(body, { ...values, ...extra }).text;

  let publicText: string;
  let privateText: string;
  let messengerText: string;
  let templates: DraftOutput['templates'];
  let purpose: LintPurpose = 'complaint';
  if (stage === 'resolved') {
    purpose = 'closing';
    publicText = render(pick(p.scripts.closingPublic, seed, 3));
    privateText = messengerText = render(p.scripts.closingPrivate);
    templates = { public: 'script.closing', private: 'script.closing' };
  } else if (messageKind === 'question') {
    purpose = 'answer';
    const chosen = input.faq?.length
      ? input.faq
      : faqAnswersFor(input.text, input.library?.faq ?? [], language).slice(0, 1);
    const answer = chosen.length ? chosen.map((f) => f.answer).join('\n') : render(p.scripts.questionNoAnswer);
    publicText = render(pick(p.scripts.questionPublic, seed, 3), { answer: oneLine(answer) });
    privateText = messengerText = render(p.scripts.questionPrivate, { answer, faq: '' });
    templates = { public: 'script.question', private: 'script.question' };
  } else if (messageKind === 'praise' || messageKind === 'comment') {
    purpose = 'thanks';
    publicText = render(pick(messageKind === 'praise' ? p.scripts.praisePublic : p.scripts.commentPublic, seed, 3));
    privateText = messengerText = render(p.scripts.praisePrivate);
    templates = { public: `script.${messageKind}`, private: `script.${messageKind}` };
  } else {
    const userTemplates = input.library?.templates ?? [];
    const query = { language, quadrant, category, tone };
    const publicTemplate = selectTemplate({ ...query, kind: 'public' }, userTemplates, seed);
    const privateTemplate = selectTemplate({ ...query, kind: 'private' }, userTemplates, seed);
    const incidentContext = incidentContextOf(incident, language);
    // The public reply never quotes the customer: it must not repeat their words or data.
    publicText = render(publicTemplate.body, {
      verbatim: '',
      incident: incidentText(incident, incidentContext, p, 'public'),
    });
    privateText = render(privateTemplate.body);
    messengerText = render(p.scripts.messenger);
    templates = { public: publicTemplate.id, private: privateTemplate.id };
  }

  const lintOptions = {
    settings: settingsFor(input.settings, language),
    baseSettings: input.settings,
    detection: input.detection,
    customerText: input.text,
    quadrant: input.quadrant,
    purpose,
    uiLocale: input.uiLocale,
  };
  return {
    language,
    quadrant,
    category,
    messageKind,
    stage,
    incident: incident?.kind ?? null,
    public: publicText,
    private: privateText,
    messenger: messengerText,
    replyBy: deadlineFor(receivedAt, input.settings),
    templates,
    lint: {
      public: lintReply(publicText, { ...lintOptions, kind: 'public' }),
      private: lintReply(privateText, { ...lintOptions, kind: 'private' }),
      messenger: lintReply(messengerText, { ...lintOptions, kind: 'private' }),
    },
  };
}

/** Lines joined by single spaces, blank lines dropped (split, not a regex: `\s*\n+\s*` is quadratic on long space runs). */
const oneLine = (s: string) =>
  s
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
