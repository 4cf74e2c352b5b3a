import type { Category, DetectionResult, Quadrant } from '../detect/types';
import { settingsFor } from '../settings/localize';
import { deadlineFor, nextSlot, replySlotFor } from '../settings/schedule';
import type { Settings } from '../settings/schema';
import { itemName, servicesMentioned } from './boundary';
import type { Catalog, IncidentContext } from './catalog/types';
import { PHRASES } from './phrases';
import type { TemplateVariable } from './template-variables';
import { formatDay, formatSlot, formatWindow } from './timeframe';
import type { DraftLanguage, FaqEntry } from './types';
import { customerDeadlineIn } from './understand/customer-deadline';
import { folded, foldAligned, anyMatch } from './understand/folded';
import { INFO_BY_CATEGORY, infoGiven, infoWanted, type InfoItem } from './understand/given-info';
import type { Incident } from './understand/incident';
import { productIn } from './understand/incident';
import { problemObject, problemWords } from './understand/problem';
import { readBackPoints } from './understand/read-back';
import { pick, seedOf } from './variation';

/** Every variable a template may use, with what it holds (shown in the template editor). */
/** What the catalogue's incident wording needs of an incident, in the draft's language. */
export function incidentContextOf(incident: Incident | null, language: DraftLanguage): IncidentContext | null {
  return incident
    ? {
        product: incident.product?.[language] ?? null,
        electric: incident.electric,
        food: incident.food,
        hurt: incident.hurt,
      }
    : null;
}

export interface VariableInput {
  language: DraftLanguage;
  /** The base settings; the language's overrides are applied here. */
  settings: Settings;
  authorName?: string;
  customerText: string;
  quadrant: Quadrant;
  /** The CSM chose the situation (a detector's hint never admits fault). */
  quadrantChosen?: boolean;
  category: Category;
  faq?: readonly FaqEntry[];
  /** Include the service-boundary paragraph even if the customer named no paid service. */
  includeBoundary?: boolean;
  /** The CSM ticked the one-off bonus help. */
  offerBonus?: boolean;
  detection?: DetectionResult;
  incident?: Incident | null;
  /** When the message was received (epoch ms): the time frame counts from it. */
  receivedAt?: number;
  /** Comment or message seen on: Messenger is offered on Facebook only. */
  source?: 'facebook' | 'gmail';
}

/** Repeated contact ("第三次留言了", "I've already emailed twice"): acknowledged in the apology. */
export const REPEATED_CONTACT_PATTERNS: readonly RegExp[] = [
  folded(
    '第[二三四五六七八九十兩0-9]{1,2}次(?:了|留言|反映|詢問|問|來信|寫信|打電話|私訊|聯絡)?|好幾次|多次反映|一再|又來問|再問一次|問了好幾次|留言好幾次|已經反映過|已經問過|上次(?:已經)?(?:說|反映|問)過|都沒人回|沒有人回|已讀不回|(?:寄|寫|打|來|反映|聯絡)了?[兩二三四五幾好]次(?:信|電話)?|都沒有?回覆|都沒回|沒有任何回覆|石沉大海',
  ),
  folded(
    String.raw`\b(?:again and again|already (?:asked|emailed|called|written|messaged|complained)|(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) time|(?:several|multiple|many|countless) (?:times|emails|messages|calls)|no one (?:has )?(?:replied|answered|got back)|nobody (?:has )?(?:replied|answered|got back)|still no (?:reply|answer|response))\b`,
  ),
];

const HOUR = 3_600_000;

/** The time zone used to read a customer's deadline when the line has no schedule. */
const fallbackZone = (language: DraftLanguage) => (language === 'zh-CN' ? 'Asia/Shanghai' : 'Asia/Taipei');

export function buildVariables(input: VariableInput): Record<TemplateVariable, string> & { answerDeadline: string } {
  const p: Catalog = PHRASES[input.language];
  const language = input.language;
  const settings = settingsFor(input.settings, language);
  const seed = seedOf(input.authorName ?? '', input.customerText);
  const name = input.authorName?.trim() ?? '';
  const brand = settings.brand.trim() || p.placeholders.brand;
  const handlerName = settings.handler.name.trim();
  const handlerTitle = settings.handler.title.trim();
  const title = handlerTitle || handlerName || p.placeholders.handler;
  const fullName = handlerName || handlerTitle || p.placeholders.handler;
  const handlerFull =
    language === 'en'
      ? fullName
      : handlerTitle && handlerName && handlerTitle !== handlerName
        ? `${handlerTitle}（${handlerName}）`
        : title;
  const phone = settings.dedicatedLine.phone.trim() || p.placeholders.line;
  const extension = settings.dedicatedLine.extension.trim();
  const schedule = settings.dedicatedLine.schedule;
  const hours =
    settings.dedicatedLine.hours.trim() ||
    (schedule ? p.scheduleHours(schedule.days, schedule.open, schedule.close, schedule.timeZone) : '');

  const receivedAt = input.receivedAt ?? Date.now();
  const times = timeFrame(input, settings, receivedAt, p);
  const incident = input.incident ?? null;
  const incidentContext = incidentContextOf(incident, language);
  const repeated =
    anyMatch(REPEATED_CONTACT_PATTERNS, foldAligned(input.customerText)) ||
    Boolean(input.detection?.signals.some((s) => s.kind === 'repetition' && s.label === 'nth-time'));
  const tone = input.settings.tone;
  const apology = pick(repeated ? p.apologies.repeated : p.apologies[tone], seed, 1);

  const faq = input.faq?.length ? [p.faqIntro, ...input.faq.map((f) => f.answer)].join('\n') : '';
  return {
    salutation: p.salutation(name),
    customerName: name || p.anonymousCustomer,
    brand,
    handlerName: fullName,
    handlerTitle: title,
    handlerFull,
    dedicatedLine: phone,
    extension,
    serviceHours: hours,
    contactLine: p.contactLine(phone, extension, hours),
    contactEmail: settings.contactEmail.trim(),
    deadline: times.deadline,
    answerDeadline: times.deadline,
    replyWithinHours: String(settings.replyWithinHours),
    verbatim: p.readBack(readBackPoints(input.customerText).map((point) => nestQuotes(point, language))),
    problem: problemClause(input.customerText, input.category, language, p),
    apology,
    channels: p.channels(
      input.source !== 'gmail' && Boolean(input.settings.channels.messenger),
      input.settings.channels.line ?? '',
    ),
    incident: incidentText(incident, incidentContext, p, 'private'),
    customerDeadline: times.customerDeadline,
    infoNeeded: infoNeeded(input, incident, p),
    quadrantParagraph: incident
      ? p.incident.paragraph
      : (input.quadrant === 'reasonable-responsible' || input.quadrant === 'unreasonable-responsible') &&
          !input.quadrantChosen
        ? p.quadrantUnconfirmed[input.quadrant]
        : p.quadrantParagraph[input.quadrant],
    boundary: boundaryParagraph(input, settings, p),
    faq,
  };
}

/** The incident text for a public reply or a follow-up ('' without an incident). */
export function incidentText(
  incident: Incident | null,
  context: IncidentContext | null,
  p: Catalog,
  kind: 'public' | 'private',
): string {
  if (!incident || !context) return '';
  if (incident.kind === 'health')
    return kind === 'public' ? p.incident.healthPublic(context) : p.incident.healthPrivate(context);
  if (incident.kind === 'privacy-other')
    return kind === 'public' ? p.incident.privacyOtherPublic : p.incident.privacyOtherPrivate;
  return kind === 'public' ? p.incident.privacyOwnPublic : p.incident.privacyOwnPrivate;
}

function problemClause(text: string, category: Category, language: DraftLanguage, p: Catalog): string {
  if (language !== 'en') {
    const words = problemWords(text, category);
    if (words) return p.problem.words(words);
    const product = productIn(text)?.name[language];
    if (category === 'health' && product) return p.problem.words(`${product}使用安全`);
    return p.problem.byCategory[category];
  }
  const object = problemObject(text);
  const frame = object ? p.problem.withObject?.[category] : undefined;
  return frame ? frame(object!) : p.problem.byCategory[category];
}

/** Quotes inside a quoted point use the inner marks: 「…『…』…」 / “…‘…’…”. */
function nestQuotes(point: string, language: DraftLanguage): string {
  // The quoted part excludes the opening mark too, so a run of opening marks costs linear time.
  if (language === 'en') return point.replace(/[“"]([^“”"]{0,200})[”"]/g, '‘$1’');
  return point.replace(/「([^「」]{0,200})」/g, '『$1』').replace(/[“"]([^“”"]{0,200})[”"]/g, '『$1』');
}

function infoNeeded(input: VariableInput, incident: Incident | null, p: Catalog): string {
  const given = infoGiven(input.customerText);
  const serviceRequest = servicesMentioned(input.customerText, input.settings.serviceBoundary.paid).length > 0;
  const wanted: readonly InfoItem[] =
    incident?.kind === 'health'
      ? // A meal has no label or batch number to photograph; when it was eaten matters.
        incident.food && !incident.product
        ? ['order', 'usedWhen']
        : INFO_BY_CATEGORY.health
      : incident
        ? INFO_BY_CATEGORY.privacy
        : serviceRequest && (input.category === 'other' || input.category === 'service')
          ? ['projectLink', 'budget']
          : infoWanted(input.customerText, input.category);
  // Nothing has shipped yet: there is no tracking status to ask for.
  const missing = wanted.filter(
    (item) => !given.has(item) && !(item === 'tracking' && NOT_SHIPPED.test(foldAligned(input.customerText))),
  );
  return missing.length ? p.infoAsk(missing.map((item) => p.infoItems[item])) : p.infoComplete;
}

/** "Not shipped yet": there is no tracking status to ask for. */
export const NOT_SHIPPED = folded(
  String.raw`(?:還沒|还没|沒有|没有|未|尚未)(?:出貨|发货|發貨|寄出)|\b(?:has ?n[o']t|have ?n[o']t|not yet|never) (?:been )?(?:shipped|sent|dispatched)\b`,
  'u',
);

function boundaryParagraph(input: VariableInput, settings: Settings, p: Catalog): string {
  const { paid, included, bonus } = settings.serviceBoundary;
  const mentioned = input.includeBoundary ? paid.filter((s) => s.trim()) : servicesMentioned(input.customerText, paid);
  if (!mentioned.length && !input.includeBoundary && !input.offerBonus) return '';
  const named = (items: readonly string[]) => [
    ...new Set(items.filter((s) => s.trim()).map((s) => itemName(s, input.language) ?? p.placeholders.service)),
  ];
  return p.boundary(named(mentioned), named(included), input.offerBonus ? named(bonus) : []);
}

/**
 * The promised time frame, and the answer to a deadline the customer set: accepted when a
 * reply slot falls before it (the promise then moves up to meet it), otherwise the earliest
 * time that can honestly be given.
 */
function timeFrame(
  input: VariableInput,
  settings: Settings,
  receivedAt: number,
  p: Catalog,
): { deadline: string; customerDeadline: string } {
  const { language } = input;
  const schedule = settings.dedicatedLine.schedule;
  const ours = deadlineFor(receivedAt, settings);
  const slot = replySlotFor(receivedAt, settings);
  const plain = slot ? formatSlot(slot, language) : formatWindow(settings.replyWithinHours, language);
  const zone = schedule?.timeZone ?? fallbackZone(language);
  const theirs = customerDeadlineIn(input.customerText, receivedAt, zone);
  if (!theirs) return { deadline: plain, customerDeadline: '' };
  // The earliest honest reply: two hours of work, inside working hours when they are known.
  const earliestSlot = schedule ? nextSlot(receivedAt + 2 * HOUR, schedule) : null;
  const earliest = earliestSlot?.at ?? receivedAt + 2 * HOUR;
  const answer = {
    phrase: theirs.phrase,
    theirDay: formatDay(theirs.due, zone, language),
    written: theirs.wants === 'written',
  };
  if (ours <= theirs.due) {
    return { deadline: plain, customerDeadline: p.deadlineAccepted({ ...answer, ours: plain }) };
  }
  if (earliest <= theirs.due) {
    const promised = earliestSlot ? formatSlot(earliestSlot, language) : dayBefore(theirs.due, zone, language);
    return { deadline: promised, customerDeadline: p.deadlineAccepted({ ...answer, ours: promised }) };
  }
  const promised = earliestSlot ? formatSlot(earliestSlot, language) : plain;
  return { deadline: promised, customerDeadline: p.deadlineTooSoon({ ...answer, ours: promised }) };
}

/** 「12/11（五）前」 / "by Friday 11 December", for a customer's day without a schedule. */
function dayBefore(at: number, zone: string, language: DraftLanguage): string {
  const day = formatDay(at, zone, language);
  return language === 'en' ? `by ${day}` : `${day}前`;
}
