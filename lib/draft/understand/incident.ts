import type { DetectionResult } from '../../detect/types';
import { anyMatch, folded, foldAligned } from './folded';

/**
 * Incidents whose script wins over the situation wording: health and safety (stop using,
 * unplug, keep the product, see a doctor when someone is hurt — worded for the product),
 * and privacy (another customer's data received; the customer's own data misused).
 */

interface ProductWord {
  re: RegExp;
  /** How the product is named in each draft language. */
  name: { 'zh-TW': string; 'zh-CN': string; en: string };
  electric?: boolean;
  food?: boolean;
}

const p = (
  source: string,
  zhTW: string,
  zhCN: string,
  en: string,
  kind: { electric?: boolean; food?: boolean } = {},
): ProductWord => ({ re: folded(source, 'u'), name: { 'zh-TW': zhTW, 'zh-CN': zhCN, en }, ...kind });
const E = { electric: true };
const F = { food: true };

/** Products named in complaints, most specific first. */
export const PRODUCT_WORDS: readonly ProductWord[] = [
  p('快煮壺|熱水壺|電熱水壺|電水壺|煮水壺|\\bkettle', '快煮壺', '电热水壶', 'kettle', E),
  p('延長線|插線板|插排|排插|\\bextension (?:cord|lead)|\\bpower strip', '延長線', '插线板', 'extension cord', E),
  p('行動電源|充電寶|\\bpower ?bank', '行動電源', '充电宝', 'power bank', E),
  p('充電器|充電線|\\bcharger|charging cable', '充電器', '充电器', 'charger', E),
  p('吸塵器|掃地機|\\bvacuum', '吸塵器', '吸尘器', 'vacuum cleaner', E),
  p('除濕機|\\bdehumidifier', '除濕機', '除湿机', 'dehumidifier', E),
  p('清淨機|淨化器|\\bair purifier', '空氣清淨機', '空气净化器', 'air purifier', E),
  p('電暖器|暖氣機|取暖器|\\bheater', '電暖器', '取暖器', 'heater', E),
  p('吹風機|\\bhair ?dryer', '吹風機', '吹风机', 'hair dryer', E),
  p('氣炸鍋|空氣炸鍋|\\bair fryer', '氣炸鍋', '空气炸锅', 'air fryer', E),
  p('電鍋|電飯鍋|電飯煲|\\brice cooker', '電鍋', '电饭煲', 'rice cooker', E),
  p('咖啡機|\\bcoffee (?:machine|maker)', '咖啡機', '咖啡机', 'coffee machine', E),
  p('果汁機|破壁機|調理機|\\bblender', '果汁機', '破壁机', 'blender', E),
  p('電風扇|電扇|循環扇|\\bfan\\b', '電風扇', '电风扇', 'fan', E),
  p('加濕器|\\bhumidifier', '加濕器', '加湿器', 'humidifier', E),
  p('電熱毯|\\belectric blanket', '電熱毯', '电热毯', 'electric blanket', E),
  p('洗衣機|\\bwashing machine', '洗衣機', '洗衣机', 'washing machine', E),
  p('冰箱|\\bfridge|\\brefrigerator', '冰箱', '冰箱', 'fridge', E),
  p('冷氣|空調|\\bair ?con', '冷氣', '空调', 'air conditioner', E),
  p('微波爐|烤箱|\\bmicrowave|\\boven', '烤箱', '烤箱', 'oven', E),
  p('檯燈|燈具|\\blamp', '檯燈', '台灯', 'lamp', E),
  p('濾網|濾心|\\bfilter', '濾網', '滤网', 'filter'),
  p('保溫杯|保溫瓶|水杯|水壺|\\bwater bottle|\\btumbler|\\bsippy cup', '保溫杯', '保温杯', 'water bottle'),
  p('奶粉|副食品|\\bformula\\b|baby food', '奶粉', '奶粉', 'formula', F),
  p('茶葉|茶包|奶茶|飲料|果汁|咖啡豆|\\btea\\b|\\bdrink', '飲品', '饮品', 'drink', F),
  p('便當|餅乾|零食|蛋糕|食品|肉乾|\\bsnack|\\bcake|\\bfood\\b', '食品', '食品', 'food', F),
  p(
    '乳液|面膜|保養品|精華液|洗髮精|防曬|化妝水|洗面乳|\\bcream\\b|\\blotion|\\bshampoo|\\bsunscreen|\\bserum\\b',
    '保養品',
    '护肤品',
    'skincare product',
  ),
];

export type IncidentKind = 'health' | 'privacy-other' | 'privacy-own';

export interface Incident {
  kind: IncidentKind;
  /** The product named, in each language (absent when none is named). */
  product?: ProductWord['name'];
  electric: boolean;
  food: boolean;
  /** Someone is hurt or unwell: see a doctor, and medical notes may be asked for. */
  hurt: boolean;
}

export const HAZARD_PATTERNS: readonly RegExp[] = [
  folded('冒煙|冒烟|起火|著火|燒焦|焦味|燒起來|漏電|觸電|電到|跳電|爆炸|過熱|燙到|融化|火花|短路'),
  folded(
    String.raw`\b(?:smok(?:e|ed|ing)|sparks?|caught fire|on fire|melt(?:ed|ing)|(?:electric )?shock(?:ed)?|burning smell|overheat(?:ed|ing)|short[- ]circuit)\b`,
  ),
];

export const HURT_PATTERNS: readonly RegExp[] = [
  folded(
    '肚子痛|肚子疼|腹痛|拉肚子|腹瀉|嘔吐|吐了|想吐|不舒服|過敏|起疹|紅疹|紅腫|發癢|皮膚炎|皮膚科|燙傷|受傷|割傷|流血|送醫|就醫|急診|看醫生|住院|診所|頭暈|發燒|呼吸困難',
  ),
  folded(
    String.raw`\b(?:stomach ?ache|stomach pain|sick|vomit(?:ed|ing)?|diarrh\w{0,4}|rash|allergic|allerg(?:y|ies)|burn(?:ed|t|s)|injur(?:ed|y|ies)|hurt|bleeding|hospital|doctor|a&e|emergency room|urgent care|clinic|dizzy|fever|itch(?:y|ing)?|swollen|swelling)\b`,
  ),
];

const ELECTRIC_CUES: readonly RegExp[] = [
  folded(String.raw`插頭|插座|通電|電線|\bplug(?:ged)?\b|\bsocket\b|\boutlet\b|\bcord\b`),
];
const FOOD_CUES: readonly RegExp[] = [
  folded(String.raw`吃了|喝了|食用|飲用|吃完|喝完|\bate\b|\bdrank\b|\beating\b|\bdrinking\b`),
];

export const PRIVACY_OTHER_PATTERNS: readonly RegExp[] = [
  folded(
    '(?:收到|拿到|寄來)(?:了)?(?:別人|別的客人|其他客人|其他人|陌生人|他人|不認識的人)的|(?:別人|他人|其他客人|其他顧客|陌生人|對方)的(?:姓名|名字|地址|電話|訂單|個資|資料|發票|出貨單|訂購單|明細|收據|快遞單|托運單|面單)|寄錯(?:成)?(?:別人|他人)',
  ),
  folded(
    String.raw`\b(?:someone else'?s|another (?:customer|person|backer|supporter|user|buyer|client)'?s|a stranger'?s|other (?:customers|people|backers|users)'?s)\s(?:\w{1,12}\s){0,2}?(?:details|data|order|invoice|address|name|information|info|parcel|package)\b`,
  ),
];

export const PRIVACY_OWN_PATTERNS: readonly RegExp[] = [
  folded('個資外洩|個資被|資料外洩|资料泄露|信息泄露|詐騙電話|詐騙簡訊|詐騙集團|假客服|解除分期'),
  folded(
    String.raw`\b(?:data (?:leak|breach)|scam (?:call|text|message)s?|fake (?:support|customer service)|my (?:personal )?(?:data|details|information) (?:was|were|has been|got) (?:leaked|exposed|sold))\b`,
  ),
];

/** The product the customer names, if any (most specific first). */
export function productIn(text: string): ProductWord | null {
  const f = foldAligned(text);
  return PRODUCT_WORDS.find((w) => w.re.test(f)) ?? null;
}

/** The incident the message reports, or null. Privacy first: a leak is also urgent but not a health matter. */
export function incidentIn(text: string, detection?: DetectionResult): Incident | null {
  const f = foldAligned(text);
  const product = productIn(text);
  const base = {
    ...(product ? { product: product.name } : {}),
    electric: Boolean(product?.electric) || anyMatch(ELECTRIC_CUES, f),
    food: product ? Boolean(product.food) : anyMatch(FOOD_CUES, f),
    hurt: anyMatch(HURT_PATTERNS, f),
  };
  if (anyMatch(PRIVACY_OTHER_PATTERNS, f)) return { kind: 'privacy-other', ...base };
  if (anyMatch(PRIVACY_OWN_PATTERNS, f)) return { kind: 'privacy-own', ...base };
  const detectedHealth =
    detection?.categories.includes('health') || detection?.signals.some((s) => s.kind === 'health_safety');
  if (anyMatch(HAZARD_PATTERNS, f) || (base.hurt && (product || base.food)) || detectedHealth)
    return { kind: 'health', ...base, electric: base.electric || anyMatch(HAZARD_PATTERNS, f) };
  return null;
}
