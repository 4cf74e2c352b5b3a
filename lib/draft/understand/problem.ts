import type { Category } from '../../detect/types';
import { folded, foldAligned, hanCount } from './folded';
import { productIn } from './incident';

/**
 * The problem in the customer's own terms, for the one short clause of the public reply
 * (「關於訂單還沒出貨的狀況」). Chinese clauses quote the customer's words (never personal
 * data: the patterns stop at punctuation and take no digits); English ones name the
 * customer's object in a fixed frame.
 */
const NOT = '(?:沒有|沒|未|还没|還沒|不)';
const STILL = '(?:一直|還是|還|都|遲遲|仍然|仍|到現在都|到現在還|至今)?';
const THING = '(?:訂單|包裹|商品|東西|貨|禮物|贈品|回饋品|回饋|集資商品|產品|發票|退款|款項)?';
/** Nouns that say what the problem is about, when the customer names no product. */
const NOUNS: Partial<Record<Category, RegExp>> = {
  delivery: folded('回饋品|贈品|包裹|訂單', 'u'),
  billing: folded('退款|款項|發票|帳單', 'u'),
};
/** Words that already say what the problem is about. */
const HAS_NOUN = folded(
  '^(?:商品|包裹|東西|回饋|贈品|訂單|退款|款項|發票|禮物|產品)|(?:收到|到)(?:貨|商品|包裹|東西)$',
  'u',
);

export const PROBLEM_PATTERNS: Record<Category, readonly RegExp[]> = {
  delivery: [
    folded(`${THING}${STILL}${NOT}(?:出貨|收到|到貨|寄出|送達|送到|發貨|寄來)(?:貨|商品|包裹|東西)?`),
    folded('(?:出貨|到貨|配送|物流|寄送)(?:很|太|超)?(?:慢|延遲|延誤|拖)[^，。！？\\s]{0,4}'),
    folded('(?:寄錯|送錯|少寄|漏寄|寄丟|弄丟)[^，。！？\\s]{0,6}'),
  ],
  quality: [
    folded(
      '(?:一直|常常|會|就|又)?(?:壞掉|壞了|壞|故障|破損|破了|裂開|裂了|有裂痕|瑕疵|不能用|無法使用|沒反應|不會動|不動了|漏水|有異音|異音|發霉|過期|不冷|不熱|掉漆|刮傷|變形|斷掉|有怪味|怪味|沒電)',
    ),
  ],
  billing: [
    folded('(?:重複|重复|多|兩次|二次)(?:扣款|扣了|刷了|收費|付款)[^，。！？\\s\\d]{0,4}'),
    folded('多收(?:了)?(?:費用|錢)?'),
    folded(`(?:退款|退費)${STILL}${NOT}(?:收到|下來|入帳|退)`),
    folded('被(?:多)?(?:扣|刷)[^，。！？\\s\\d]{0,6}'),
  ],
  service: [
    folded(
      '(?:客服|店員|門市人員|服務人員|專員|小編)[^，。！？\\s\\d]{0,3}(?:態度|已讀不回|都不回|不回|不理|很差|很兇|敷衍|推託|擺爛)[^，。！？\\s\\d]{0,4}',
    ),
    folded('(?:打|撥)(?:了)?(?:電話|客服)[^，。！？\\s\\d]{0,4}(?:沒人接|都沒人|不通|打不通)'),
  ],
  account: [
    folded('(?:無法|不能|沒辦法|没法)(?:登入|登錄|付款|下單|結帳|使用|註冊)'),
    folded('(?:app|網站|網頁)[^，。！？\\s\\d]{0,3}(?:閃退|當機|打不開|一直轉|錯誤)'),
  ],
  price: [
    folded(
      '(?:價格|價錢|標價|折扣|優惠|活動|優惠券|折價券|折扣碼|早鳥)[^，。！？\\s\\d]{0,6}(?:不一樣|不符|不對|沒折|沒有折|失效|不能用|用不了|沒算到)',
    ),
  ],
  health: [
    folded('(?:插頭)?(?:冒煙|起火|燒焦|漏電|觸電|爆炸|過熱|發燙|冒火花|火花)'),
    folded(
      '(?:喝了|吃了|用了|喝完|吃完|用完|使用後)[^，。！？\\s\\d]{0,8}(?:肚子痛|拉肚子|不舒服|過敏|嘔吐|起疹子|起疹|紅疹)',
    ),
  ],
  privacy: [
    folded('收到(?:了)?(?:別人|其他人|其他客人|陌生人|他人)的[^，。！？\\s\\d]{0,6}'),
    folded('(?:個資|資料)(?:外洩|被盜|被賣)|詐騙(?:電話|簡訊)'),
  ],
  other: [],
};

/** Categories whose pattern may reveal what the problem is, whatever the detector's category. */
const ORDER: readonly Category[] = [
  'health',
  'privacy',
  'billing',
  'delivery',
  'quality',
  'account',
  'price',
  'service',
];

/** The customer's words for the problem (Chinese), or null. */
export function problemWords(text: string, category: Category): string | null {
  const f = foldAligned(text);
  for (const c of [category, ...ORDER.filter((o) => o !== category)]) {
    for (const re of PROBLEM_PATTERNS[c]) {
      re.lastIndex = 0;
      const m = re.exec(f);
      if (!m) continue;
      let words = trimWords(text.slice(m.index, m.index + m[0].length));
      // Name what it is about: 「除濕機還沒出貨」, 「吸塵器不會動」, 「回饋品還沒寄出」.
      const noun = c === 'service' || c === 'account' || c === 'price' ? null : nounIn(text, c);
      if (noun && !words.includes(noun) && !HAS_NOUN.test(foldAligned(words))) words = `${noun}${words}`;
      // 「寄錯」 alone is too short to name anything; 「商品寄錯」 says what went wrong.
      if (!noun && hanCount(words) < 3 && (c === 'delivery' || c === 'quality')) words = `商品${words}`;
      if (hanCount(words) >= 3 && words.length <= 16) return words;
    }
  }
  return null;
}

/** The product (as the customer wrote it), or a noun of what the problem is about. */
function nounIn(text: string, category: Category): string | null {
  const product = productIn(text);
  const f = foldAligned(text);
  if (product) {
    const m = new RegExp(product.re.source, 'u').exec(f);
    if (m && /[\u3400-\u9fff]/.test(m[0])) return text.slice(m.index, m.index + m[0].length);
  }
  const m = NOUNS[category]?.exec(f);
  return m ? text.slice(m.index, m.index + m[0].length) : null;
}

/** Drops leading function words the clause frame already says (「我的」「你們的」「這次」). */
function trimWords(s: string): string {
  return s
    .replace(
      /^(?:我的|我们的|我們的|你們的|你们的|您們的|这次|這次|结果|結果|然后|然後|而且|可是|但是|的|到現在|到现在|至今|現在|现在|一直|就|會|会|又|還是|还是|遲遲|迟迟|仍然)+/,
      '',
    )
    .replace(/(?:了|啦|喔|耶|呢|嗎|吗|吧|欸|啊)+$/, '')
    .trim();
}

/** What the English frame names: the customer's object, or the category's word for it. */
export function problemObject(text: string): string | null {
  const product = productIn(text);
  if (product) return product.name.en;
  const m = /\b(order|package|parcel|pledge|reward|delivery|refund|invoice|subscription|account|booking)\b/i.exec(text);
  return m ? m[1]!.toLowerCase() : null;
}

export { productIn };

/** Wording of each category's problem (English, and Chinese cues that make no clause), to confirm or correct the detector's category. */
export const CATEGORY_CUES: Partial<Record<Category, readonly RegExp[]>> = {
  delivery: [
    /\b(?:has ?n[o']t|have ?n[o']t|hasn't|haven't|never|not yet|still not|did ?n[o']t) (?:arrived|shipped|been (?:shipped|delivered|sent)|come|received|got it)\b|\bwhere is my (?:order|package|parcel|reward)\b|\blate (?:delivery|shipment)\b|\bwrong (?:item|address)\b/giu,
  ],
  quality: [
    /\b(?:broken|broke|stopped working|does ?n[o']t work|doesn't work|defective|faulty|cracked|damaged|leak(?:s|ing)?|falling apart|poor quality)\b/giu,
  ],
  // 「多收了2,200元」 against a contract is a wrong charge (billing), not a price question.
  price: [folded('另外(?:付|收|加)(?:費|錢|的錢)|額外(?:收費|費用|付費)|加價|還要另外付')],
  billing: [
    /\b(?:charged (?:me )?twice|double[- ]charged|overcharged|wrong amount|refund (?:has ?n[o']t|still|never))\b/giu,
  ],
  service: [
    /\b(?:rude|unhelpful|(?:nobody|no one) (?:has )?(?:replied|answered|got back)|ignored (?:me|my)|hung up on)\b/giu,
  ],
  account: [/\b(?:can(?:no|')t|unable to) (?:log ?in|sign in|pay|check ?out)\b|\bapp (?:keeps )?crash\w{0,3}\b/giu],
};

const matchesCategory = (c: Category, f: string) =>
  [...PROBLEM_PATTERNS[c], ...(CATEGORY_CUES[c] ?? [])].some((re) => ((re.lastIndex = 0), re.test(f)));

/**
 * The category for drafting: the detector's first category when the text shows its kind
 * of problem (or none shows), else the first category whose problem the text does name —
 * 「客服三天都不回，給個交代」 is about service, not billing.
 */
export function draftingCategory(
  text: string,
  detected: readonly Category[],
  options: { serviceRequest?: boolean } = {},
): Category {
  const f = foldAligned(text);
  const first = detected[0] ?? 'other';
  if (first !== 'other' && matchesCategory(first, f)) return first;
  const named = [...detected, ...ORDER].find((c) => c !== 'other' && matchesCategory(c, f));
  // A request for a service (ads, video…) with no problem of another kind named is not, say, billing.
  return named ?? (options.serviceRequest ? 'other' : first);
}
