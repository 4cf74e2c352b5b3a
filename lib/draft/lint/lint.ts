import type { DetectionResult, Quadrant } from '../../detect/types';
import { foldAligned } from '../../detect/fold';
import { matchRules, scriptsIn, SIGNAL_WINDOW, type Rule, type RuleMatch } from '../../detect/patterns';
import {
  ADMISSION_RULES,
  APOLOGY_RULES,
  ARGUING_RULES,
  FILLER_RULES,
  HAN,
  LECTURE_RULES,
  LIABILITY_RULES,
  PHONE_LIKE,
  PLACEHOLDER_PATTERN,
  PROMISE_RULES,
  SHOUT_PATTERN,
  SOFT_PROMISE_RULES,
  STALLING_RULES,
  TIME_FRAME_RULES,
} from './rules';
import { findPersonalData } from '../../detect/personal-data';
import { makeTranslator, type UiLocale } from '../../i18n';
import { lintStrings } from '../../i18n/strings/lint';
import { allHandlerNames, allLines } from '../../settings/localize';
import { isTollFreeNumber, nationalDigits } from '../../settings/phone';
import type { Settings } from '../../settings/schema';
import { PHRASES } from '../phrases';
import type { LintFinding, ReplyKind } from '../types';

/**
 * Reply policy lint: checks a reply the CSM wrote (or a draft) against the practice.
 * Patterns come in zh (either script) and en and run on a length-preserving folded copy,
 * so every finding's offsets point into the reply as written. Fast enough for every
 * keystroke (debounced) — see docs/draft.md for the measurement.
 */
export interface LintOptions {
  kind: ReplyKind;
  settings: Settings;
  detection?: DetectionResult;
  /** The customer's own words; where the reply quotes them they are not judged as the reply's words. */
  customerText?: string;
  /**
   * The situation the CSM chose. A follow-up may admit a mistake only in a "company
   * responsible" situation the CSM chose; a public reply never may.
   */
  quadrant?: Quadrant;
  /**
   * What the reply is for: a complaint (default) must give the line, the handler and a time
   * frame; an answer to a question, thanks for praise and a closing note need none of them.
   */
  purpose?: LintPurpose;
  uiLocale?: UiLocale;
}

export type LintPurpose = 'complaint' | 'answer' | 'thanks' | 'closing';

type T = ReturnType<typeof makeTranslator<keyof (typeof lintStrings)['en']>>;

const PERSONAL_LABEL: Record<string, Parameters<T>[0]> = {
  phone: 'labelPhone',
  email: 'labelEmail',
  'order-number': 'labelOrder',
  address: 'labelAddress',
  'id-number': 'labelId',
  'card-number': 'labelCard',
};

const digitsOf = (s: string) => s.replace(/\D/g, '');

const QUOTE_CLOSE: Record<string, string> = { '「': '」', '『': '』', '“': '”', '‘': '’', '"': '"' };
/** Longest quotation looked at, and how many: read-back points, not a pasted thread (keeps the scan linear). */
const MAX_QUOTE = 400;
const MAX_QUOTATIONS = 64;

/**
 * Character ranges where the reply quotes the customer's own words: the whole message, or
 * a quotation of part of it (a read-back point: “I want a full refund” is the customer's
 * demand, not the reply's promise).
 */
function quotedRanges(text: string, customerText: string | undefined): [number, number][] {
  if (!customerText || customerText.trim().length < 2) return [];
  const ranges: [number, number][] = [];
  let from = 0;
  for (;;) {
    const at = text.indexOf(customerText, from);
    if (at < 0) break;
    ranges.push([at, at + customerText.length]);
    from = at + Math.max(1, customerText.length);
  }
  const whole = [...ranges];
  for (let i = 0, looked = 0; i < text.length && looked < MAX_QUOTATIONS; i++) {
    const close = QUOTE_CLOSE[text[i]!];
    if (!close || whole.some(([s, e]) => i >= s && i < e)) continue;
    looked++;
    const length = text.slice(i + 1, i + 2 + MAX_QUOTE).indexOf(close);
    const inner = length > 0 ? text.slice(i + 1, i + 1 + length) : '';
    if (inner.trim().length < 2 || !customerText.includes(inner)) continue;
    ranges.push([i, i + 2 + length]);
    i += 1 + length;
  }
  return ranges;
}

function isResponsible(quadrant: Quadrant | undefined): boolean {
  return quadrant === 'reasonable-responsible' || quadrant === 'unreasonable-responsible';
}

export function lintReply(text: string, options: LintOptions): LintFinding[] {
  const t: T = makeTranslator(lintStrings, options.uiLocale ?? 'en');
  const { settings, kind } = options;
  const quadrant = options.quadrant;
  const purpose = options.purpose ?? 'complaint';
  const folded = foldAligned(text);
  const scripts = { ...scriptsIn(folded), en: true };
  const quoted = quotedRanges(text, options.customerText);
  const outsideQuotes = (m: { start: number; end: number }) => !quoted.some(([s, e]) => m.start < e && m.end > s);
  const matches = (rules: readonly Rule[]) => matchRules(rules, folded, scripts).filter(outsideQuotes);
  const slice = (m: { start: number; end: number }) => text.slice(m.start, m.end);
  const findings: LintFinding[] = [];
  const add = (
    rule: string,
    severity: LintFinding['severity'],
    message: string,
    at?: { start: number; end: number },
    suggestion?: string,
  ) =>
    findings.push({
      rule,
      severity,
      message,
      start: at?.start ?? 0,
      end: at?.end ?? 0,
      ...(suggestion ? { suggestion } : {}),
    });

  // Unauthorised promises.
  for (const m of matches(PROMISE_RULES))
    add(
      'unauthorized-promise',
      'error',
      t('unauthorizedPromise', { text: slice(m) }),
      m,
      t('unauthorizedPromiseSuggestion'),
    );
  for (const m of matches(SOFT_PROMISE_RULES))
    add('unauthorized-promise', 'warning', t('softPromise', { text: slice(m) }), m);

  // Admission of fault and liability.
  // A public reply never admits fault (the limited apology); a follow-up may, in a situation the CSM chose.
  for (const m of matches(ADMISSION_RULES)) {
    if (kind === 'public')
      add('legal-admission', 'error', t('legalAdmission', { text: slice(m) }), m, t('legalAdmissionSuggestion'));
    else if (quadrant !== undefined && !isResponsible(quadrant))
      add('legal-admission', 'warning', t('legalAdmissionPrivate', { text: slice(m) }), m);
  }
  for (const m of matches(LIABILITY_RULES))
    add('legal-admission', kind === 'public' ? 'error' : 'warning', t('legalLiability', { text: slice(m) }), m);

  // Toll-free numbers given as the contact line.
  for (const m of text.matchAll(PHONE_LIKE)) {
    if (isTollFreeNumber(m[0]))
      add(
        'toll-free-number',
        'error',
        t('tollFree', { text: m[0].trim() }),
        { start: m.index, end: m.index + m[0].length },
        t('tollFreeSuggestion'),
      );
  }

  // Dedicated line, handler and time frame: any language's line and name count (+886 forms too).
  const lines = allLines(settings);
  const phone = lines[0] ?? '';
  const required = purpose === 'complaint';
  const linePlaceholder = placeholderAt(text, 'line');
  const textLines = new Set([...text.matchAll(PHONE_LIKE)].map((m) => nationalDigits(m[0])));
  const hasLine = lines.some((l) => textLines.has(nationalDigits(l)) || digitsOf(text).includes(digitsOf(l)));
  if (linePlaceholder || (required && !lines.length))
    add('missing-dedicated-line', 'error', t('lineNotSet'), linePlaceholder);
  else if (required && !hasLine)
    add(
      'missing-dedicated-line',
      'error',
      kind === 'public' ? t('missingLinePublic', { phone }) : t('missingLinePrivate', { phone }),
    );
  const names = allHandlerNames(settings);
  const handlerPlaceholder = placeholderAt(text, 'handler');
  if (handlerPlaceholder || (required && !names.length))
    add('missing-handler', 'error', t('handlerNotSet'), handlerPlaceholder);
  else if (required && !names.some((n) => folded.includes(foldAligned(n))))
    add('missing-handler', 'error', t('missingHandler', { handler: names[0]! }));
  if (required && !matchRules(TIME_FRAME_RULES, folded, scripts).length) {
    if (kind === 'private')
      add('missing-time-frame', 'error', t('missingTimeFramePrivate', { hours: settings.replyWithinHours }));
    else add('missing-time-frame', 'warning', t('missingTimeFramePublic', { hours: settings.replyWithinHours }));
  }

  // Arguing, blaming or lecturing.
  for (const m of matches(ARGUING_RULES))
    add('arguing', 'error', t('arguing', { text: slice(m) }), m, t('arguingSuggestion'));
  for (const m of matches(LECTURE_RULES))
    add('lecturing', 'error', t('lecturing', { text: slice(m) }), m, t('arguingSuggestion'));

  // Personal data repeated in public.
  if (kind === 'public') {
    const own = new Set([...lines.map(digitsOf), settings.contactEmail.trim().toLowerCase()].filter(Boolean));
    const ownNational = new Set(lines.map(nationalDigits));
    const customerData = new Set(
      [
        ...(options.detection?.signals ?? []),
        // Windowed like detection: the customer's text can be any length.
        ...(options.customerText ? findPersonalData(options.customerText.slice(0, SIGNAL_WINDOW)) : []),
      ]
        .filter((s) => s.kind === 'personal_data')
        .map((s) => normalisedData(s.text)),
    );
    for (const s of findPersonalData(text)) {
      const value = normalisedData(s.text);
      if (
        own.has(value) ||
        (s.label === 'phone' && (own.has(digitsOf(s.text)) || ownNational.has(nationalDigits(s.text))))
      )
        continue;
      const label = t(PERSONAL_LABEL[s.label] ?? 'labelPhone');
      add(
        'echoes-personal-data',
        'error',
        customerData.has(value)
          ? t('customerPersonalData', { label, text: s.text })
          : t('personalData', { label, text: s.text }),
        s,
      );
    }
  }

  // Empty stalling: a "please wait" with nothing concrete around it.
  const stalling = matches(STALLING_RULES);
  if (stalling.length && isEmptyBesides(folded, [...stalling, ...matchRules(FILLER_RULES, folded, scripts)])) {
    add('empty-stalling', 'error', t('stalling', { text: slice(stalling[0]!) }), stalling[0]);
  }

  // Over-apologising, shouting, length.
  const apologies = matches(APOLOGY_RULES);
  if (apologies.length >= 3)
    add('over-apologising', 'warning', t('overApologising', { count: apologies.length }), apologies[2]);
  for (const m of text.matchAll(SHOUT_PATTERN)) {
    const at = { start: m.index, end: m.index + m[0].length };
    if (outsideQuotes(at) && !/^(?:ASAP|FAQ|NTD|USD|APP|LINE|ATM|OK)$/.test(m[0]))
      add('shouting', 'warning', t('shouting', { text: m[0] }), at);
  }
  if (kind === 'public') {
    const han = (text.match(HAN) ?? []).length;
    const words = text.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;
    const limit = settings.publicReplyLimit;
    if (han >= 10 && han > limit.cjkChars)
      add('too-long', 'warning', t('tooLongCjk', { count: han, limit: limit.cjkChars }));
    else if (han < 10 && words > limit.enWords)
      add('too-long', 'warning', t('tooLongWords', { count: words, limit: limit.enWords }));
  }

  // Placeholders and template variables left in the text.
  const settingsPlaceholders = Object.values(PHRASES).flatMap((p) => [p.placeholders.line, p.placeholders.handler]);
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) {
    if (settingsPlaceholders.includes(m[0])) continue; // reported by missing-dedicated-line / missing-handler
    add('placeholder-left', 'error', t('placeholder', { text: m[0] }), { start: m.index, end: m.index + m[0].length });
  }

  const order = { error: 0, warning: 1, info: 2 } as const;
  return findings.sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
}

function normalisedData(s: string): string {
  const digits = digitsOf(s);
  return digits.length >= 6 && !s.includes('@') ? digits : foldAligned(s).replace(/\s+/g, '');
}

/** Where a settings placeholder sits in the text, for highlighting (else nothing). */
function placeholderAt(text: string, which: 'line' | 'handler'): { start: number; end: number } | undefined {
  for (const phrases of Object.values(PHRASES)) {
    const placeholder = phrases.placeholders[which];
    const at = text.indexOf(placeholder);
    if (at >= 0) return { start: at, end: at + placeholder.length };
  }
  return undefined;
}

/** True when, apart from the given matches, punctuation and spaces, almost nothing is left. */
function isEmptyBesides(folded: string, covered: readonly RuleMatch[]): boolean {
  const chars = folded.split('');
  for (const m of covered) for (let i = m.start; i < m.end; i++) chars[i] = ' ';
  const rest = chars.join('');
  const han = (rest.match(HAN) ?? []).length;
  const words = rest
    .replace(HAN, ' ')
    .split(/[^a-z0-9]+/)
    .filter(Boolean).length;
  return han + words * 2 < 12;
}
