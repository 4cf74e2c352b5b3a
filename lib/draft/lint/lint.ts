import type { DetectionResult, Quadrant } from '../../detect/types';
import { foldAligned } from '../../detect/fold';
import { en, matchRules, scriptsIn, zh, type Rule, type RuleMatch } from '../../detect/patterns';
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
  zh(
    'promise',
    'free',
    '(?:送|贈|赠|給|给|補償|补偿)(?:您|你)[^，。！？\\n]{0,8}?(?:購物金|购物金|折價券|折价券|優惠券|优惠券|折扣碼|折扣码|代金券|禮券|礼券|贈品|赠品|抵用券|紅利|点数|點數|現金|现金)',
  ),
  zh(
    'promise',
    'shipping',
    '運費(?:我們|我们|由我們|由我们|就由我們|就由我们)?(?:來)?(?:吸收|負擔|负担|出|付)|(?:我們|我们)(?:來)?(?:吸收|負擔|负担)(?:運費|运费)|幫您免運|帮您免运',
  ),
  zh(
    'promise',
    'replacement',
    '(?:幫您|帮您|為您|为您|給您|给您|直接|馬上|马上|立即|立刻|會|会)(?:換|换|補寄|补寄|重寄|重新寄|寄|送)(?:一台|一個|一个|一份|一組|一组|一件|個|个|台|件)?(?:新的|全新)|(?:補寄|补寄|重寄)(?:一台|一個|一个|一份|一件)?(?:新的|全新的?)(?:給您|给您)',
  ),
  zh(
    'promise',
    'outcome',
    '一定(?:會|会)?(?:給|给)(?:您|你)(?:一個|一个)?(?:滿意|满意)(?:的)?(?:交代|答覆|答复|結果|结果|處理|处理)|(?:保證|保证|包您|包你)(?:滿意|满意)',
  ),
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
  en(
    'promise',
    'replacement',
    String.raw`\bwe(?:'ll| will)? (?:send you a (?:new|replacement|brand[- ]new)|replace (?:it|the \w{1,20}) (?:for free|right away|immediately)|cover (?:the )?(?:shipping|postage|delivery)|ship (?:you )?a new one)\b|(?<![\w$])(?:nt\$|us\$|\$|usd ?)\d{1,6} (?:voucher|coupon|credit|gift card)\b`,
  ),
  en(
    'promise',
    'outcome',
    String.raw`\byou(?:'ll| will) be (?:fully )?satisfied\b|\bwe(?:'ll| will) make (?:it|this|things) right\b`,
  ),
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
    '(?:我們|我们)(?:公司|這邊|这边|店家|店裡|店里)?的(?:錯|错|疏失|過失|过失|失誤|失误|責任|责任)|(?:我們|我们)(?:做錯|做错|搞錯|搞错|弄錯|弄错)了|(?:我們|我们)(?:的)?(?:疏忽|失職|失职)',
  ),
  en(
    'admission',
    'fault',
    String.raw`\b(?:our fault|our mistake|we got (?:this|it) wrong|we messed up|our negligence|we were negligent|we admit|we did get (?:this|it) wrong|we(?:'re| are) (?:fully |entirely )?to blame|(?:entirely|completely) our (?:fault|responsibility))\b`,
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
    '(?<![讓让使令造成害])(?:您|你)(?:誤會|误会|誤解|误解)了|是您自己|是你自己|我已經說過|我已经说过|我剛剛說過|我刚刚说过|跟您說過了|跟您说过了|請您看清楚|请您看清楚|您沒看清楚|您没看清楚|不是我們的問題|不是我们的问题|這是您的問題|这是您的问题|您應該(?:要)?先|您应该(?:要)?先|你應該|你应该|早就說過|早就说过|您自己(?:沒|没)|怪您自己|規定就是這樣|规定就是这样',
  ),
  en(
    'arguing',
    'arguing',
    String.raw`\byou should have\b|\bas i (?:already |have already )?(?:said|mentioned|explained|told you)\b|\byou misunderstood\b|\bthat'?s not our (?:fault|problem)\b|\byour (?:own )?fault\b|\bif you had (?:read|checked|followed)\b|\bas (?:clearly )?stated\b|\byou failed to\b|\bit'?s your responsibility\b`,
  ),
];

/** Lecturing the customer on what they should have done. */
const LECTURE_RULES: readonly Rule[] = [
  zh(
    'lecturing',
    'lecturing',
    '(?:下單|下单|購買|购买|使用|訂購|订购|付款)前(?:要|請|请|記得|记得|務必|务必)?(?:先)?(?:看清楚|詳閱|详阅|確認|确认|閱讀|阅读|仔細看|仔细看)|(?:請|请)?(?:您|你)?下次(?:請|请)?(?:要)?(?:注意|記得|记得|留意|看清楚)|(?:您|你)(?:應該|应该|要)(?:先)?(?:看清楚|詳閱|详阅|仔細看|仔细看|閱讀|阅读)|(?:說明書|说明书|說明|说明|頁面|页面|網頁|网页)(?:上|裡|里)?(?:都|已經|已经)?(?:有)?寫(?:得)?(?:很)?(?:清楚|明白)',
  ),
  en(
    'lecturing',
    'lecturing',
    String.raw`\bnext time,? (?:please )?(?:make sure|remember|read|check)\b|\byou (?:should|need to|must) (?:always )?(?:read|check)\b|\bplease (?:read|check) (?:the )?(?:instructions|manual|description|terms) (?:before|first|carefully)\b|\bit(?:'s| is) (?:clearly )?(?:stated|written) (?:on|in)\b`,
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
    '[0-9一二三四五六七八九十兩两半]+\\s*(?:個|个)?\\s*(?:小時|小时|天|工作天|工作日|分鐘|分钟|個工作天|个工作日)\\s*(?:內|内|之內|之内)|今天|今日|明天|明日|本週|本周|這週|这周|下週|下周|(?:週|周|星期)[一二三四五六日天](?:前|之前|下班前)|[0-9]{1,2}月[0-9]{1,2}[日號号]\\s{0,1}(?:\\((?:週|周|星期)?[一二三四五六日天]\\))?\\s{0,1}(?:中午|下班|[0-9]{1,2}:[0-9]{2}\\s{0,1})?(?:前|之前)?|[0-9]{1,2}/[0-9]{1,2}\\s{0,1}(?:\\([一二三四五六日天]\\))?\\s{0,1}(?:中午|下班|[0-9]{1,2}:[0-9]{2}\\s{0,1})?(?:前|之前)',
  ),
  en(
    'time-frame',
    'time-frame',
    String.raw`\bwithin (?:the next )?(?:\d+|a|an|one|two|three|24|48|72) (?:hours?|days?|business days?|working days?|minutes?)\b|\b(?:today|tomorrow|tonight)\b|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|the day|week)|\d{1,2}(?::\d{2})? ?(?:am|pm))\b|\bby (?:noon|midday|\d{1,2}(?::\d{2})? ?(?:am|pm)) on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bin the next \d+ (?:hours?|days?)\b`,
  ),
];

const PHONE_LIKE = /(?<![\d])\+?\d[\d\s()\-.]{5,}\d(?![\d])/g;
const PLACEHOLDER_PATTERN =
  /\{\{\s*[A-Za-z][A-Za-z0-9]*\s*\}\}|【請在設定[^】]*】|【请在设置中[^】]*】|\[set (?:your |the )?[^\]]*in Options\]/g;
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
      [...(options.detection?.signals ?? []), ...(options.customerText ? findPersonalData(options.customerText) : [])]
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
