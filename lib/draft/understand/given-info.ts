import { findPersonalData } from '../../detect/personal-data';
import type { Category } from '../../detect/types';
import { anyMatch, folded, foldAligned } from './folded';

/** What the handler may need to move a case, and how to tell the customer already gave it. */
export type InfoItem =
  | 'order'
  | 'orderDate'
  | 'tracking'
  | 'photos'
  | 'receivedDate'
  | 'payment'
  | 'charge'
  | 'contactWhen'
  | 'contactChannel'
  | 'account'
  | 'device'
  | 'productLink'
  | 'usedWhen'
  | 'batch'
  | 'whatHappened'
  | 'projectLink'
  | 'budget'
  | 'screenshot'
  | 'serviceAccount'
  | 'visit';

export const INFO_PATTERNS: Partial<Record<InfoItem, readonly RegExp[]>> = {
  order: [
    folded(
      String.raw`(?:訂單|订单|單號|单号)\s{0,2}(?:編號|编号|号碼|號碼|no\.?|#)?\s{0,2}[:：#]?\s{0,2}[a-z0-9][a-z0-9-]{4,24}`,
    ),
    folded(
      String.raw`\border\s{0,2}(?:number|no\.?|id)?\s{0,2}[:#]?\s{0,2}[a-z0-9-]{0,4}\d{4,20}|#\d{5,20}\b|\b(?:pledge|backer)\s(?:number|id|#)\s{0,2}[:#]?\s{0,2}\d{3,20}`,
    ),
  ],
  orderDate: [
    folded(
      String.raw`\d{1,2}\s{0,1}[/月]\s{0,1}\d{1,2}\s{0,1}[日號号]?|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}|(?:上上|上)(?:週|周|星期|禮拜|个月|個月)|(?:週|周|星期|禮拜)[一二三四五六日天]|昨天|前天|[0-9一二三四五六七八九十兩两]{1,3}\s{0,1}(?:天|週|周|個月|个月|星期|禮拜)前|月初|月底|双十一|雙十一|雙11`,
    ),
    folded(
      String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\byesterday\b|\blast (?:week|month|monday|tuesday|wednesday|thursday|friday)\b|\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}\b|\b\d{1,2}\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b\d+ (?:days|weeks|months) ago\b|\b\d{1,4}[/-]\d{1,2}[/-]\d{1,4}\b|\bon \d{1,2}/\d{1,2}\b`,
    ),
  ],
  tracking: [
    folded(
      String.raw`物流|貨態|货态|追蹤|運單|运单|宅配|黑貓|新竹物流|順豐|顺丰|中通|圓通|申通|韻達|快遞|快递|超商取貨|7-11|全家|萊爾富|郵局|\btracking\b|\bcourier\b|\bups\b|\bfedex\b|\bdhl\b|\busps\b|\bin transit\b|\bout for delivery\b`,
    ),
  ],
  photos: [
    folded(
      String.raw`照片|相片|圖片|截圖|附圖|附上|如圖|圖如下|影片|視頻|\bphotos?\b|\bpictures?\b|\bscreenshots?\b|\battached\b|\bimages?\b|\bvideo\b`,
    ),
  ],
  payment: [
    folded(
      String.raw`信用卡|刷卡|ATM|轉帳|转账|匯款|line ?pay|街口|apple ?pay|貨到付款|货到付款|超商代碼|超商繳費|支付寶|支付宝|微信支付|花唄|\bcredit card\b|\bdebit card\b|\bpaypal\b|\bbank transfer\b|\bvisa\b|\bmastercard\b`,
    ),
  ],
  charge: [folded(String.raw`(?:nt\$|ntd|\$|¥|rmb|us\$)\s{0,1}\d|\d[\d,]{0,9}\s{0,1}(?:元|塊|块|ntd|usd|dollars|rmb)`)],
  contactChannel: [
    folded(
      String.raw`打電話|打给|打給|來電|电话|門市|门店|線上客服|在線客服|客服信箱|私訊|私信|留言|line|email|e-mail|信件|寫信|\bcalled\b|\bphoned\b|\bemailed\b|\bin (?:the )?store\b|\blive chat\b|\bmessaged\b|\bhotline\b`,
    ),
  ],
  account: [folded(String.raw`帳號|账号|會員|会员|\baccount\b|\busername\b|\blog ?in\b`)],
  device: [
    folded(
      String.raw`iphone|android|ios|ipad|安卓|手機|手机|電腦|电脑|windows|mac\b|chrome|safari|版本|\bversion\b|\bapp\b`,
    ),
  ],
  productLink: [folded(String.raw`https?://|商品名稱|品名|型號|型号|\bmodel\b|\bsku\b|\blink\b`)],
  projectLink: [
    folded(String.raw`https?://|專案名稱|專案連結|提案頁|\bproject (?:page|link|name)\b|\bcampaign (?:page|link)\b`),
  ],
  budget: [folded(String.raw`預算|budget|[0-9]{1,4}\s{0,1}萬|\$\s{0,1}[0-9]{3,}`)],
  batch: [
    folded(
      String.raw`批號|批号|有效期限|保存期限|製造日期|生產日期|\bbatch\b|\blot (?:number|no)\b|\bexpiry\b|\bbest before\b`,
    ),
  ],
};

/**
 * A plan or subscription (telecom, broadband, SaaS, a course): there is no order number or parcel to ask for,
 * but the account or number the service is under.
 */
export const SERVICE_PLAN_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`帳單|月租|月費|年費|訂閱|續約|解約|退租|門號|寬頻|寬帶|斷網|網速|上網|網路斷線|訊號|4g|5g|資費方案|課程|排課系統|\bsubscription\b|\brenew(?:ed|al)?\b|\b(?:my|the|monthly|annual|yearly|data|phone) plan\b|\bbroadband\b|\bsignal\b|\bbilling cycle\b`,
  ),
];

/**
 * The wrong item, or one item short, arrived (「收到卻是白色L號」, 「寄錯」, "sent me the wrong size"): the parcel
 * is there, so its tracking is no question; a photo of what came is.
 */
export const WRONG_ITEM_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`寄錯|送錯|少寄|漏寄|收到(?:的)?(?:卻|竟然|居然)是|\b(?:wrong (?:item|size|colou?r|product|model)|sent (?:me )?the wrong|missing (?:item|part)s?)\b`,
  ),
];

/**
 * A visit to a shop or restaurant (「服務生態度很差」, 「結帳算錯錢」, "the waiter"): the handler needs the day, the
 * time and the branch, not "when and how you contacted us".
 */
export const VISIT_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`用餐|內用|點餐|服務生|店員|結帳|到店|門市|分店|櫃檯|\b(?:waiter|waitress|restaurant|cashier|in (?:the )?(?:store|shop)|branch|dine[- ]in)\b`,
  ),
];

/** The parcel or the meal did arrive, only late (「遲了一小時才送到」, Cantonese 「遲咗…先到」): there is no tracking to ask for. */
export const ARRIVED_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`(?:遲|晚)[^，,。！!？?\n]{0,8}(?:才|先)(?:到|送到|送來)|才送到|才送來|送到的時候|送來的時候|\barrived (?:late|cold|damaged|broken|\d)`,
  ),
];

/** What each category needs, in the order it is asked for. */
export const INFO_BY_CATEGORY: Record<Category, readonly InfoItem[]> = {
  delivery: ['order', 'orderDate', 'tracking'],
  quality: ['order', 'photos', 'receivedDate'],
  billing: ['order', 'payment', 'charge'],
  service: ['contactWhen', 'contactChannel', 'whatHappened'],
  account: ['account', 'device', 'screenshot'],
  price: ['productLink', 'orderDate', 'screenshot'],
  health: ['order', 'photos', 'batch', 'usedWhen'],
  privacy: ['whatHappened', 'receivedDate'],
  other: ['order', 'orderDate', 'photos'],
};

/** Items that are satisfied by the same evidence as another. */
const SAME_AS: Partial<Record<InfoItem, InfoItem>> = {
  receivedDate: 'orderDate',
  contactWhen: 'orderDate',
  usedWhen: 'orderDate',
  screenshot: 'photos',
  serviceAccount: 'account',
};

/** The items the customer's message already gives (an order number, a date, photos…). */
export function infoGiven(text: string): Set<InfoItem> {
  const f = foldAligned(text);
  const given = new Set<InfoItem>();
  for (const [item, table] of Object.entries(INFO_PATTERNS) as [InfoItem, RegExp[]][])
    if (anyMatch(table, f)) given.add(item);
  if (findPersonalData(text).some((s) => s.label === 'order-number')) given.add('order');
  if (findPersonalData(text).some((s) => s.label === 'email')) given.add('account');
  for (const [item, same] of Object.entries(SAME_AS) as [InfoItem, InfoItem][]) if (given.has(same)) given.add(item);
  // A message of some length that tells the story needs no "tell us what happened".
  if (text.trim().length >= 40) given.add('whatHappened');
  return given;
}

/** The items of the category the message does not give yet. */
export function infoMissing(text: string, category: Category): InfoItem[] {
  const given = infoGiven(text);
  return infoWanted(text, category).filter((item) => !given.has(item));
}

/** What the handler needs for this message's category, adjusted to what the message is about. */
export function infoWanted(text: string, category: Category): readonly InfoItem[] {
  const f = foldAligned(text);
  if (category === 'delivery' && anyMatch(WRONG_ITEM_PATTERNS, f)) return ['order', 'photos'];
  if (category === 'delivery' && anyMatch(ARRIVED_PATTERNS, f)) return ['order', 'orderDate'];
  if (category === 'service' && anyMatch(VISIT_PATTERNS, f)) return ['visit'];
  if (anyMatch(SERVICE_PLAN_PATTERNS, f)) {
    if (category === 'quality') return ['serviceAccount'];
    if (category === 'billing' || category === 'price') return ['serviceAccount', 'charge'];
  }
  return INFO_BY_CATEGORY[category];
}
