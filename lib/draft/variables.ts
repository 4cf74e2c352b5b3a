import type { Category, Quadrant } from '../detect/types';
import { foldAligned } from '../detect/fold';
import type { Settings } from '../settings/schema';
import { PHRASES } from './phrases';
import type { DraftLanguage, FaqEntry } from './types';

/** Every variable a template may use, with what it holds (shown in the template editor). */
export const TEMPLATE_VARIABLES = {
  salutation: 'Greeting with the customer’s name (陳大明 您好 / Hi Jane)',
  customerName: 'The customer’s display name (您 / there when unknown)',
  brand: 'Brand name from the options',
  handlerName: 'Handler’s full name',
  handlerTitle: 'How customers address the handler (林小姐, Mr. Wang)',
  handlerFull: 'Title with full name (林小姐（林雅婷）/ Jane Lin)',
  dedicatedLine: 'Dedicated line number',
  extension: 'Extension',
  serviceHours: 'Service hours',
  contactLine: 'Dedicated line with extension and hours, formatted',
  contactEmail: 'Contact email',
  deadline: 'Time frame from the reply time limit (24 小時內 / within 24 hours)',
  replyWithinHours: 'Reply time limit in hours',
  verbatim: 'The customer’s words, verbatim, in quotes',
  infoNeeded: 'What the handler needs for this category (order number, photos, dates…)',
  quadrantParagraph: 'The handling strategy of the chosen quadrant',
  boundary: 'Service-boundary paragraph (paid / included / bonus), when relevant',
  faq: 'The FAQ answers chosen for this reply',
} as const;
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

export interface VariableInput {
  language: DraftLanguage;
  settings: Settings;
  authorName?: string;
  customerText: string;
  quadrant: Quadrant;
  category: Category;
  faq?: readonly FaqEntry[];
  /** Include the service-boundary paragraph even if the customer named no paid service. */
  includeBoundary?: boolean;
}

/** Paid services the customer's text names (matched across scripts, width and case). */
export function paidServicesMentioned(customerText: string, paid: readonly string[]): string[] {
  const folded = foldAligned(customerText);
  return paid.filter((item) => item.trim() && folded.includes(foldAligned(item.trim())));
}

export function buildVariables(input: VariableInput): Record<TemplateVariable, string> {
  const p = PHRASES[input.language];
  const { settings } = input;
  const name = input.authorName?.trim() ?? '';
  const brand = settings.brand.trim() || p.placeholders.brand;
  const handlerName = settings.handler.name.trim();
  const handlerTitle = settings.handler.title.trim();
  const title = handlerTitle || handlerName || p.placeholders.handler;
  const fullName = handlerName || handlerTitle || p.placeholders.handler;
  const handlerFull =
    input.language === 'en'
      ? fullName
      : handlerTitle && handlerName && handlerTitle !== handlerName
        ? `${handlerTitle}（${handlerName}）`
        : title;
  const phone = settings.dedicatedLine.phone.trim() || p.placeholders.line;
  const extension = settings.dedicatedLine.extension.trim();
  const hours = settings.dedicatedLine.hours.trim();
  const paid = input.includeBoundary
    ? settings.serviceBoundary.paid.filter((s) => s.trim())
    : paidServicesMentioned(input.customerText, settings.serviceBoundary.paid);
  const boundary = paid.length
    ? p.boundary(
        paid,
        settings.serviceBoundary.included.filter((s) => s.trim()),
        settings.serviceBoundary.bonus.filter((s) => s.trim()),
      )
    : '';
  const faq = input.faq?.length ? [p.faqIntro, ...input.faq.map((f) => f.answer)].join('\n') : '';
  return {
    salutation: input.language === 'en' ? `Hi ${name || p.anonymousCustomer}` : `${name ? `${name} ` : ''}您好`,
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
    deadline: p.deadline(settings.replyWithinHours),
    replyWithinHours: String(settings.replyWithinHours),
    verbatim: p.quote(input.customerText),
    infoNeeded: p.infoNeeded[input.category],
    quadrantParagraph: p.quadrantParagraph[input.quadrant],
    boundary,
    faq,
  };
}
