import { en, zh, type Rule } from '../../detect/patterns';

/**
 * The reply check's patterns, in zh (either script: they run on folded text) and en. Kept
 * as exported tables so a linear-time harness can register every one of them: literals,
 * alternations and bounded gaps only.
 */
export const PROMISE_RULES: readonly Rule[] = [
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

export const SOFT_PROMISE_RULES: readonly Rule[] = [
  zh('soft-promise', 'surely', '(?<!不)一定(?:會|会|能|可以|幫|帮|給|给|處理|处理|解決|解决)'),
  en(
    'soft-promise',
    'surely',
    String.raw`\b(?:definitely|certainly) (?:will|fix|refund|replace|resolve)\b|\bwill definitely\b`,
  ),
];

export const ADMISSION_RULES: readonly Rule[] = [
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

export const LIABILITY_RULES: readonly Rule[] = [
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

export const ARGUING_RULES: readonly Rule[] = [
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
export const LECTURE_RULES: readonly Rule[] = [
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

export const STALLING_RULES: readonly Rule[] = [
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

export const FILLER_RULES: readonly Rule[] = [
  zh(
    'filler',
    'filler',
    '您好|你好|謝謝|谢谢|感謝|感谢|抱歉|不好意思|對不起|对不起|親愛的|亲爱的|客戶|客户|我們|我们|您|的|了|，|。|！|、|；|：',
  ),
  en('filler', 'filler', String.raw`\b(?:hi|hello|dear|thanks|thank you|sorry|we|our|and|the|a|for|your|you)\b`),
];

export const APOLOGY_RULES: readonly Rule[] = [
  zh('apology', 'apology', '抱歉|對不起|对不起|道歉|不好意思|致歉|歉意|失禮|失礼'),
  en('apology', 'apology', String.raw`\bsorry\b|\bapologi[sz]e\w*|\bapologies\b`),
];

export const TIME_FRAME_RULES: readonly Rule[] = [
  zh(
    'time-frame',
    'time-frame',
    '[0-9一二三四五六七八九十兩两半]{1,6}\\s{0,3}(?:個|个)?\\s{0,3}(?:小時|小时|天|工作天|工作日|分鐘|分钟|個工作天|个工作日)\\s{0,3}(?:內|内|之內|之内)|今天|今日|明天|明日|本週|本周|這週|这周|下週|下周|(?:週|周|星期)[一二三四五六日天](?:前|之前|下班前)|[0-9]{1,2}月[0-9]{1,2}[日號号]\\s{0,1}(?:\\((?:週|周|星期)?[一二三四五六日天]\\))?\\s{0,1}(?:中午|下班|[0-9]{1,2}:[0-9]{2}\\s{0,1})?(?:前|之前)?|[0-9]{1,2}/[0-9]{1,2}\\s{0,1}(?:\\([一二三四五六日天]\\))?\\s{0,1}(?:中午|下班|[0-9]{1,2}:[0-9]{2}\\s{0,1})?(?:前|之前)',
  ),
  en(
    'time-frame',
    'time-frame',
    String.raw`\bwithin (?:the next )?(?:\d+|a|an|one|two|three|24|48|72) (?:hours?|days?|business days?|working days?|minutes?)\b|\b(?:today|tomorrow|tonight)\b|\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|end of (?:day|the day|week)|\d{1,2}(?::\d{2})? ?(?:am|pm))\b|\bby (?:noon|midday|\d{1,2}(?::\d{2})? ?(?:am|pm)) on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\bin the next \d+ (?:hours?|days?)\b`,
  ),
];

export const PHONE_LIKE = /(?<![\d])\+?\d[\d\s()\-.]{5,}\d(?![\d])/g;
export const PLACEHOLDER_PATTERN =
  /\{\{\s*[A-Za-z][A-Za-z0-9]*\s*\}\}|【請在設定[^】]{0,40}】|【请在设置中[^】]{0,40}】|\[set (?:your |the )?[^\]]{0,60}in Options\]/g;
export const SHOUT_PATTERN = /[!！]{2,}|\b[A-Z]{2,}(?:\s+[A-Z]{2,})+\b|\b[A-Z]{6,}\b/g;
export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/g;
