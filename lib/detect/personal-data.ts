import type { Signal } from './types';
import { foldAligned } from './fold';
import { matchRules, scriptsIn, zh, en, type Rule } from './patterns';

/**
 * Personal data a reply must never echo in public: phone numbers, email addresses,
 * order numbers, street addresses, national ID and card numbers. Every run of spaces or
 * digits a rule allows is bounded, and a run of a class that can start a match is only
 * entered at its start (a lookbehind), so a long run costs one pass, not one per position.
 */

const ADDRESS_START = [
  '台北',
  '臺北',
  '新北',
  '桃園',
  '台中',
  '臺中',
  '台南',
  '臺南',
  '高雄',
  '基隆',
  '新竹',
  '嘉義',
  '苗栗',
  '彰化',
  '南投',
  '雲林',
  '屏東',
  '宜蘭',
  '花蓮',
  '台東',
  '臺東',
  '澎湖',
  '金門',
  '連江',
  '北京',
  '上海',
  '天津',
  '重慶',
  '河北',
  '山西',
  '遼寧',
  '吉林',
  '黑龍江',
  '江蘇',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山東',
  '河南',
  '湖北',
  '湖南',
  '廣東',
  '海南',
  '四川',
  '貴州',
  '雲南',
  '陝西',
  '甘肅',
  '青海',
  '內蒙古',
  '廣西',
  '西藏',
  '寧夏',
  '新疆',
].join('|');

export const PERSONAL_DATA_RULES: readonly Rule<'personal_data'>[] = [
  // Email first: its digits must not also count as a phone number.
  en('personal_data', 'email', String.raw`(?<![a-z0-9._%+-])[a-z0-9._%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}`),
  // Taiwan mobile 09xx-xxx-xxx, landline (0x) xxxx-xxxx, +886; mainland mobile 1[3-9]x…; generic +country.
  en('personal_data', 'phone', String.raw`(?<![\d-])(?:\+?886[\s-]?|0)9\d{2}[\s-]?\d{3}[\s-]?\d{3}(?![\d-])`),
  en('personal_data', 'phone', String.raw`(?<![\d-])(?:\(0\d{1,2}\)\s?|0\d{1,2}[\s-])\d{3,4}[\s-]?\d{4}(?![\d-])`),
  en('personal_data', 'phone', String.raw`(?<![\d-])(?:\+?86[\s-]?)?1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}(?![\d-])`),
  en('personal_data', 'phone', String.raw`(?<![\d\w])\+\d{1,3}[\s-]?\(?\d{1,4}\)?(?:[\s-]?\d{2,4}){2,4}(?![\d-])`),
  en('personal_data', 'phone', String.raw`(?<![\d-])\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}(?![\d-])`),
  // Order numbers: after an order word, or a long #number.
  zh(
    'personal_data',
    'order-number',
    String.raw`(?:訂單|订单|單號|单号|編號|编号|貨號|物流單號|运单号|追蹤碼)[^\S\n]{0,3}(?:(?:編號|号碼|號碼|号|號|:|：|#|是|為|为)[^\S\n]{0,3}){0,3}[#＃]?[a-z0-9-]{5,40}(?![a-z0-9-])`,
  ),
  en(
    'personal_data',
    'order-number',
    String.raw`\b(?:order|invoice|tracking|confirmation|booking|reference|ref)(?:\s{0,3}(?:no\.?|number|num|id))?\s{0,3}[:#]?\s{0,3}#?(?=[a-z0-9-]{0,39}\d)[a-z0-9-]{5,40}\b`,
  ),
  en('personal_data', 'order-number', String.raw`(?<![\w&])#\d{5,}\b`),
  // Addresses.
  // Chinese addresses start at a known city/county (Taiwan) or province/municipality (mainland).
  zh(
    'personal_data',
    'address',
    String.raw`(?:${ADDRESS_START})[\u4e00-\u9fff]{0,8}?(?:區|区|鄉|乡|鎮|镇|市|縣|县)[\u4e00-\u9fff0-9]{1,12}?(?:路|街|大道|巷|弄)(?:[一二三四五六七八九十0-9]{1,3}段)?(?:[0-9]{1,4}巷)?(?:[0-9]{1,4}弄)?[0-9]{1,5}(?:-[0-9]{1,4})?[號号](?:[0-9]{1,3}樓|[0-9]{1,3}楼|[0-9]{1,3}F|之[0-9]{1,3}){0,3}`,
  ),
  en(
    'personal_data',
    'address',
    String.raw`\b\d{1,5}\s{1,3}(?:[a-z]{1,20}\s{1,3}){1,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|way)\b\.?`,
  ),
  // National IDs and card numbers.
  en('personal_data', 'id-number', String.raw`(?<![a-z0-9])[a-z][12]\d{8}(?![a-z0-9])`),
  en('personal_data', 'id-number', String.raw`(?<!\d)\d{17}[\dx](?!\d)`),
  en('personal_data', 'card-number', String.raw`(?<!\d)(?:\d{4}[\s-]){3}\d{4}(?!\d)`),
];

/** Finds personal data in `text`; offsets are into `text` itself. Overlapping finds keep the first rule's. */
export function findPersonalData(text: string): Signal[] {
  const folded = foldAligned(text);
  return personalDataIn(text, folded, scriptsIn(folded).zh);
}

/**
 * `findPersonalData` for a text already folded (`folded = foldAligned(text)`). Rules on
 * digits and Latin letters always run (a phone number needs no letters); Chinese ones only
 * when the text has Han characters.
 */
export function personalDataIn(text: string, folded: string, hasHan: boolean): Signal[] {
  const out: Signal[] = [];
  for (const m of matchRules(PERSONAL_DATA_RULES, folded, { zh: hasHan, en: true })) {
    if (out.some((t) => m.start < t.end && m.end > t.start)) continue;
    out.push({ kind: 'personal_data', label: m.label, start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  }
  return out.sort((a, b) => a.start - b.start);
}
