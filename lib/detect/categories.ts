import type { Category, Signal } from './types';
import { en, matchingKinds, zh, type Rule, type Scripts } from './patterns';

/** Keyword rules per category; a text may belong to several. `health` also follows health signals. */
export const CATEGORY_RULES: readonly Rule<Category>[] = [
  zh(
    'delivery',
    'delivery',
    '送到|送達|送达|還沒送|还没送|物流|快遞|快递|宅配|黑貓|黑猫|配送|送貨|送货|外送|送餐|外賣|外卖|寄送|出貨|出货|到貨|到货|包裹|運送|运送|運費|运费|延遲|延迟|遲到|迟到|騎手|骑手|外送員|外卖员|司機|司机|超商取貨|店到店|收件|簽收|签收|還沒到|还没到|沒收到|没收到|寄錯|寄错|送錯|送错|漏送|少送',
  ),
  en(
    'delivery',
    'delivery',
    String.raw`\b(?:shipping|shipment|ship(?:ped)?|deliver\w*|package|parcel|courier|tracking|arriv\w+|late|ups|fedex|usps|dhl|dispatch\w*|driver|never came|lost in (?:the )?(?:mail|post))\b`,
  ),
  zh(
    'quality',
    'quality',
    '品質|质量|品质|壞了|坏了|壞掉|坏掉|瑕疵|破損|破损|故障|不能用|劣質|劣质|難吃|难吃|味道|不新鮮|不新鲜|口味|做工|材質|材质|尺寸|褪色|掉色|漏水|縮水|缩水|不符|跟圖片|假貨|假货|仿冒|太鹹|太咸|太淡|太油|冷掉|冷了|涼了|凉了|份量|分量',
  ),
  en(
    'quality',
    'quality',
    String.raw`\b(?:quality|broken|broke|defective|damaged|faulty|stopped working|doesn'?t work|does not work|taste[sd]?|tasteless|cold|stale|fake|cheap(?:ly)?|flimsy|torn|ripped|cracked|leak\w*|wrong size|shrunk|faded|poor condition)\b`,
  ),
  zh(
    'billing',
    'billing',
    '退款|退費|退费|扣款|扣錢|扣钱|重複扣|重复扣|多扣|收費|收费|刷卡|付款|付錢|付钱|發票|发票|帳單|账单|退貨|退货|賠償|赔偿|補償|补偿|價差|价差|信用卡|儲值|储值|訂閱|订阅|自動續|自动续',
  ),
  en(
    'billing',
    'billing',
    String.raw`\b(?:refund\w*|charge[sd]?|charging|billing|bill(?:ed)?|invoice|payment|paid|pay|overcharged|credit card|debit|money back|compensat\w*|subscription|renewal|fee)\b`,
  ),
  zh(
    'service',
    'service',
    '客服|態度|态度|服務|服务|店員|店员|員工|员工|不理|沒回|没回|不回覆|不回复|敷衍|口氣|口气|服務生|服务员|前台|櫃台|柜台|專員|专员|電話都|电话都|打不通|沒人接|没人接|已讀不回|已读不回|推託|推托|互踢皮球',
  ),
  en(
    'service',
    'service',
    String.raw`\b(?:customer service|customer care|support|rude|staff|agents?|representatives?|reps?|no response|no reply|ignor\w+|attitude|manager|hung up|on hold|nobody|no one (?:answers|replies|helps)|unhelpful|employees?|cashier|waiter|waitress)\b`,
  ),
  zh(
    'account',
    'account',
    '帳號|账号|帳戶|账户|登入|登录|登不進|密碼|密码|系統|系统|app|APP|網站|网站|網頁|网页|當機|死机|閃退|闪退|bug|驗證|验证|會員|会员|點數|积分|更新後|更新后|無法登|无法登|被盜|被盗',
  ),
  en(
    'account',
    'account',
    String.raw`\b(?:log ?in|sign ?in|account|password|app|website|site|crash(?:es|ed|ing)?|error|glitch|bug|verification|verify|update|outage|down|server|locked out|reset)\b`,
  ),
  zh(
    'price',
    'price',
    '價格|价格|太貴|太贵|漲價|涨价|優惠|优惠|折扣|特價|特价|促銷|促销|活動價|活动价|優惠券|优惠券|折價券|满减|滿額|不划算|不值|價錢|价钱|定價|标价|標價',
  ),
  en(
    'price',
    'price',
    String.raw`\b(?:price[sd]?|pricing|expensive|overpriced|discount\w*|coupon|promo\w*|sale|deal|price match|cost(?:s|ly)?|too much money)\b`,
  ),
  zh(
    'health',
    'health',
    '食物中毒|拉肚子|腹瀉|腹泻|嘔吐|呕吐|過敏|过敏|受傷|受伤|送醫|送医|急診|急诊|異物|异物|蟑螂|發霉|发霉|變質|变质|過期|过期',
  ),
  en(
    'health',
    'health',
    String.raw`\b(?:food poisoning|sick|ill|allerg\w+|injur\w+|hospital|vomit\w*|diarrh?o?ea|mou?ldy?|rotten|expired|unsafe|dangerous)\b`,
  ),
  zh(
    'privacy',
    'privacy',
    '個資|个资|個人資料|个人资料|个人信息|個人信息|隱私|隐私|外洩|外泄|洩漏|泄漏|泄露|詐騙電話|诈骗电话|騷擾|骚扰|盜刷|盗刷',
  ),
  en(
    'privacy',
    'privacy',
    String.raw`\b(?:privacy|personal (?:data|information|info|details)|data (?:breach|leak)|leaked|spam(?:ming)?|hacked|gdpr|unsubscribe|stolen (?:data|identity)|scam calls?)\b`,
  ),
];

const ORDER: readonly Category[] = [
  'health',
  'billing',
  'delivery',
  'quality',
  'service',
  'account',
  'price',
  'privacy',
  'other',
];

/** Categories of a complaint, most specific first; `other` when nothing matches. */
export function categorize(folded: string, scripts: Scripts, signals: readonly Signal[]): Category[] {
  const found = new Set<Category>(matchingKinds(CATEGORY_RULES, folded, scripts));
  if (signals.some((s) => s.kind === 'health_safety')) found.add('health');
  if (signals.some((s) => s.kind === 'refund_demand' && s.label !== 'return-exchange')) found.add('billing');
  const ordered = ORDER.filter((c) => found.has(c));
  return ordered.length ? ordered : ['other'];
}
