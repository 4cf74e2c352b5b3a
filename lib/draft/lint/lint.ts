import type { DetectionResult, Quadrant } from '../../detect/types';
import { foldAligned } from '../../detect/fold';
import { en, matchRules, scriptsIn, SIGNAL_WINDOW, zh, type Rule, type RuleMatch } from '../../detect/patterns';
import { findPersonalData } from '../../detect/personal-data';
import { makeTranslator, type UiLocale } from '../../i18n';
import { lintStrings } from '../../i18n/strings/lint';
import { isTollFreeNumber } from '../../settings/phone';
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
  /** The quadrant chosen by the CSM (default: the detector's hint). */
  quadrant?: Quadrant;
  uiLocale?: UiLocale;
}

type T = ReturnType<typeof makeTranslator<keyof (typeof lintStrings)['en']>>;

const PROMISE_RULES: readonly Rule[] = [
  zh(
    'promise',
    'refund',
    '(?:為您|为您|幫您|帮您|給您|给您|立即|馬上|马上|會|会|將|将|可以|直接)(?:全額|全额)?退(?:款|費|费|錢|钱)|全額退款|全额退款|退款給您|退款给您',
  ),
  zh(
    'promise',
    'compensation',
    '(?:為您|为您|給您|给您|會|会|將|将|可以|直接)?(?:賠償|赔偿|補償|补偿)(?:您|你)|(?:賠|赔)(?:給|给)(?:您|你)',
  ),
  zh(
    'promise',
    'free',
    '免費(?:送|補|給|提供|贈|寄|更換|换|招待)|免费(?:送|补|给|提供|赠|寄|更换|招待)|(?:送|贈|赠)(?:您|你)(?:一|1)?(?:張|张|份|個|个)?(?:折價券|折价券|優惠券|优惠券|折扣碼|折扣码|代金券|禮券|礼券|贈品|赠品)|招待您',
  ),
  zh('promise', 'guarantee', '保證|保证|擔保|担保'),
  en(
    'promise',
    'refund',
    String.raw`\bwe(?:'ll| will| can| are going to)? (?:issue (?:you )?a |give you a )?(?:full )?refund\b|\bwe(?:'ll| will) (?:refund|reimburse)\b|\b(?:full|immediate) refund\b|\bmoney back\b`,
  ),
  en('promise', 'compensation', String.raw`\bwe(?:'ll| will| can)? compensate\b|\bcompensation (?:of|for you)\b`),
  en(
    'promise',
    'free',
    String.raw`\bfree (?:of charge|replacement|gift|item|meal|month|upgrade)\b|\b(?:a |an )?(?:voucher|coupon|gift card|store credit) for you\b|\bon the house\b`,
  ),
  en('promise', 'guarantee', String.raw`\bguarantee[sd]?\b|\bwe promise\b|\bi promise\b`),
];

const SOFT_PROMISE_RULES: readonly Rule[] = [
  zh('soft-promise', 'surely', '(?<!不)一定(?:會|会|能|可以|幫|帮|給|给|處理|处理|解決|解决)'),
  en(
    'soft-promise',
    'surely',
    String.raw`\b(?:definitely|certainly) (?:will|fix|refund|replace|resolve)\b|\bwill definitely\b`,
  ),
];

const ADMISSION_RULES: readonly Rule[] = [
  zh(
    'admission',
    'fault',
    '(?:是|都是|全是)?我們的(?:錯|疏失|過失|失誤|責任)|(?:是|都是|全是)?我们的(?:错|疏失|过失|失误|责任)|我們(?:做錯|搞錯|弄錯)了|我们(?:做错|搞错|弄错)了',
  ),
  en(
    'admission',
    'fault',
    String.raw`\b(?:our fault|our mistake|we got (?:this|it) wrong|we messed up|our negligence|we were negligent|we admit)\b`,
  ),
];

const LIABILITY_RULES: readonly Rule[] = [
  zh(
    'liability',
    'liability',
    '法律責任|法律责任|負全責|负全责|承擔(?:全部|所有)?責任|承担(?:全部|所有)?责任|違法|违法|違約|违约',
  ),
  en(
    'liability',
    'liability',
    String.raw`\b(?:legally )?liable\b|\blegal(?:ly)? responsib\w+|\bfull(?:y)? responsib\w+|\bwe broke the law\b|\bbreach of contract\b`,
  ),
];

const ARGUING_RULES: readonly Rule[] = [
  zh(
    'arguing',
    'arguing',
    '您誤會了|你誤會了|您误会了|你误会了|您誤解了|您误解了|是您自己|是你自己|我已經說過|我已经说过|我剛剛說過|我刚刚说过|跟您說過了|跟您说过了|請您看清楚|请您看清楚|您沒看清楚|您没看清楚|不是我們的問題|不是我们的问题|這是您的問題|这是您的问题|您應該(?:要)?先|您应该(?:要)?先|你應該|你应该|早就說過|早就说过|您自己(?:沒|没)|怪您自己|規定就是這樣|规定就是这样',
  ),
  en(
    'arguing',
    'arguing',
    String.raw`\byou should have\b|\bas i (?:already |have already )?(?:said|mentioned|explained|told you)\b|\byou misunderstood\b|\bthat'?s not our (?:fault|problem)\b|\byour (?:own )?fault\b|\bif you had (?:read|checked|followed)\b|\bas (?:clearly )?stated\b|\byou failed to\b|\bit'?s your responsibility\b`,
  ),
];

const STALLING_RULES: readonly Rule[] = [
  zh(
    'stalling',
    'stalling',
    '(?:我們|我们)?(?:正在|會|会)?(?:處理中|处理中|正在處理|正在处理)|請(?:稍候|耐心等候|耐心等待|再等等)|请(?:稍候|耐心等候|耐心等待|再等等)|已(?:經|经)?收到(?:您的)?(?:訊息|讯息|反映|反馈|需求|問題|问题|來信|来信)|會盡快(?:處理|回覆)|会尽快(?:处理|回复)',
  ),
  en(
    'stalling',
    'stalling',
    String.raw`\bwe(?:'ve| have)? received your (?:request|message|email|complaint)\b|\bplease (?:wait|be patient|bear with us)\b|\bwe are (?:looking into|working on) it\b|\bwe(?:'ll| will) get back to you (?:soon|shortly|asap)\b|\byour (?:request|message) is being processed\b`,
  ),
];

const FILLER_RULES: readonly Rule[] = [
  zh(
    'filler',
    'filler',
    '您好|你好|謝謝|谢谢|感謝|感谢|抱歉|不好意思|對不起|对不起|親愛的|亲爱的|客戶|客户|我們|我们|您|的|了|，|。|！|、|；|：',
  ),
  en('filler', 'filler', String.raw`\b(?:hi|hello|dear|thanks|thank you|sorry|we|our|and|the|a|for|your|you)\b`),
];

const APOLOGY_RULES: readonly Rule[] = [
  zh('apology', 'apology', '抱歉|對不起|对不起|道歉|不好意思|致歉|歉意|失禮|失礼'),
  en('apology', 'apology', String.raw`\bsorry\b|\bapologi[sz]e\w*|\bapologies\b`),
];

const TIME_FRAME_RULES: readonly Rule[] = [
  zh(
    'time-frame',
    'time-frame',
    '[0-9一二三四五六七八九十兩两半]{1,6}\\s{0,3}(?:個|个)?\\s{0,3}(?:小時|小时|天|工作天|工作日|分鐘|分钟|個工作天|个工作日)\\s{0,3}(?:內|内|之內|之内)|今天|今日|明天|明日|本週|本周|這週|这周|下週|下周|(?:週|周|星期)[一二三四五六日天](?:前|之前|下班前)|[0-9]{1,2}月[0-9]{1,2}[日號号](?:前|之前)?|[0-9]{1,2}[/／][0-9]{1,2}(?:前|之前)',
  ),
  en(
    'time-frame',
    'time-frame',
    String.raw`\bwithin (?:the next )?(?:\d+|a|an|one|two|three|24|48|72) (?:hours?|days?|business days?|working days?|minutes?)\b|\b(?:today|tomorrow|tonight)\b|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|the day|week)|\d{1,2}(?::\d{2})? ?(?:am|pm))\b|\bin the next \d+ (?:hours?|days?)\b`,
  ),
];

const PHONE_LIKE = /(?<![\d])\+?\d[\d\s()\-.]{5,}\d(?![\d])/g;
const PLACEHOLDER_PATTERN =
  /\{\{\s*[A-Za-z][A-Za-z0-9]*\s*\}\}|【請在設定[^】]{0,40}】|【请在设置中[^】]{0,40}】|\[set (?:your |the )?[^\]]{0,60}in Options\]/g;
const SHOUT_PATTERN = /[!！]{2,}|\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b|\b[A-Z]{6,}\b/g;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;

const PERSONAL_LABEL: Record<string, Parameters<T>[0]> = {
  phone: 'labelPhone',
  email: 'labelEmail',
  'order-number': 'labelOrder',
  address: 'labelAddress',
  'id-number': 'labelId',
  'card-number': 'labelCard',
};

const digitsOf = (s: string) => s.replace(/\D/g, '');

/** Character ranges where the reply quotes the customer's own words. */
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
  return ranges;
}

function isResponsible(quadrant: Quadrant | undefined): boolean {
  return quadrant === 'reasonable-responsible' || quadrant === 'unreasonable-responsible';
}

export function lintReply(text: string, options: LintOptions): LintFinding[] {
  const t: T = makeTranslator(lintStrings, options.uiLocale ?? 'en');
  const { settings, kind } = options;
  const quadrant = options.quadrant ?? options.detection?.quadrantHint.quadrant;
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
  for (const m of matches(ADMISSION_RULES)) {
    if (kind === 'public' && !isResponsible(quadrant))
      add('legal-admission', 'error', t('legalAdmission', { text: slice(m) }), m, t('legalAdmissionSuggestion'));
    else if (kind === 'private' && quadrant !== undefined && !isResponsible(quadrant))
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

  // Dedicated line, handler and time frame.
  const phone = settings.dedicatedLine.phone.trim();
  if (!phone) add('missing-dedicated-line', 'error', t('lineNotSet'), placeholderAt(text, 'line'));
  else if (!digitsOf(text).includes(digitsOf(phone)))
    add(
      'missing-dedicated-line',
      'error',
      kind === 'public' ? t('missingLinePublic', { phone }) : t('missingLinePrivate', { phone }),
    );
  const names = [settings.handler.title, settings.handler.name].map((s) => s.trim()).filter(Boolean);
  if (!names.length) add('missing-handler', 'error', t('handlerNotSet'), placeholderAt(text, 'handler'));
  else if (!names.some((n) => folded.includes(foldAligned(n))))
    add('missing-handler', 'error', t('missingHandler', { handler: names[0]! }));
  if (!matchRules(TIME_FRAME_RULES, folded, scripts).length) {
    if (kind === 'private')
      add('missing-time-frame', 'error', t('missingTimeFramePrivate', { hours: settings.replyWithinHours }));
    else add('missing-time-frame', 'warning', t('missingTimeFramePublic', { hours: settings.replyWithinHours }));
  }

  // Arguing or blaming.
  for (const m of matches(ARGUING_RULES))
    add('arguing', 'error', t('arguing', { text: slice(m) }), m, t('arguingSuggestion'));

  // Personal data repeated in public.
  if (kind === 'public') {
    const own = new Set([digitsOf(phone), settings.contactEmail.trim().toLowerCase()].filter(Boolean));
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
      if (own.has(value) || (s.label === 'phone' && own.has(digitsOf(s.text)))) continue;
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
