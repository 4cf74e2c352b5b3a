import { foldAligned } from '../detect/fold';
import type { DraftLanguage } from './types';

/**
 * Service boundary by meaning: each concept lists the words customers and brands use for
 * it in three languages (投廣告 / 找網紅 / 業配 → ad management). A settings item belongs to
 * the concepts whose words it contains; the customer asks for it when the text contains
 * the item itself or any word of its concepts. Matching is substring search on folded text
 * (script, width and case), with word boundaries for Latin words — linear in the text.
 */
export interface ServiceConcept {
  id: string;
  /** How drafts name the concept in each language (used when the item has no wording in that language). */
  name: Record<DraftLanguage, string>;
  words: readonly string[];
}

const concept = (id: string, name: Record<DraftLanguage, string>, words: string[]): ServiceConcept => ({
  id,
  name,
  words,
});

export const SERVICE_CONCEPTS: readonly ServiceConcept[] = [
  concept('ads', { 'zh-TW': '廣告代操', 'zh-CN': '广告代投', en: 'ad management' }, [
    '廣告代操',
    '代操',
    '投廣告',
    '下廣告',
    '買廣告',
    '廣告投放',
    '投放廣告',
    '廣告預算',
    '臉書廣告',
    'fb廣告',
    'ig廣告',
    '關鍵字廣告',
    '網紅',
    '業配',
    'kol',
    '達人',
    '帶貨',
    '推廣',
    '廣告代投',
    '信息流',
    'ad management',
    'ads',
    'advert',
    'advertising',
    'paid ads',
    'ad campaign',
    'influencer',
    'influencers',
    'sponsored post',
  ]),
  concept('video', { 'zh-TW': '影音製作', 'zh-CN': '视频制作', en: 'video production' }, [
    '影音',
    '拍片',
    '拍影片',
    '剪輯',
    '短影音',
    '視頻',
    '拍視頻',
    '短視頻',
    '宣傳片',
    '宣傳影片',
    '開箱影片',
    'reels',
    'video production',
    'promo video',
    'make a video',
    'shoot a video',
    'videos for',
    'filming',
    'video editing',
  ]),
  concept('design', { 'zh-TW': '設計製圖', 'zh-CN': '设计制图', en: 'design work' }, [
    '設計',
    '製圖',
    '做圖',
    '美編',
    '海報',
    '主視覺',
    'banner',
    '插畫',
    'logo',
    'design',
    'graphic',
    'graphics',
    'poster',
    'posters',
    'artwork',
    'visuals',
    'illustration',
  ]),
  concept('pr', { 'zh-TW': '公關媒體', 'zh-CN': '公关媒体', en: 'PR and media outreach' }, [
    '公關',
    '新聞稿',
    '媒體曝光',
    '上新聞',
    '記者',
    '媒體',
    'pr',
    'press release',
    'media coverage',
    'journalist',
    'journalists',
  ]),
  concept('copy', { 'zh-TW': '文案撰寫', 'zh-CN': '文案撰写', en: 'copywriting' }, [
    '文案',
    '寫文',
    '代寫',
    '撰寫',
    'copywriting',
    'write the text',
    'product description',
  ]),
  concept('page', { 'zh-TW': '頁面修改建議', 'zh-CN': '页面修改建议', en: 'a review of your page with suggestions' }, [
    '頁面',
    '提案頁',
    '專案頁',
    '募資頁',
    '集資頁',
    '商品頁',
    '頁面建議',
    'landing page',
    'campaign page',
    'project page',
    'page review',
    'page suggestions',
  ]),
  concept('social', { 'zh-TW': '社群經營', 'zh-CN': '社群运营', en: 'social media management' }, [
    '社群',
    '粉專經營',
    '小編代管',
    '代管粉專',
    '經營粉專',
    '社區運營',
    '社群經營',
    'social media',
    'community management',
    'manage our page',
    'instagram',
    'facebook page',
  ]),
  concept('setup', { 'zh-TW': '廣告初步設定', 'zh-CN': '广告初步设置', en: 'setting up your first ads' }, [
    '設定廣告',
    '廣告設定',
    '初步設定',
    '開廣告帳號',
    'ad setup',
    'set up ads',
    'ad account',
  ]),
  concept('inspection', { 'zh-TW': '到府檢測', 'zh-CN': '上门检测', en: 'an on-site check' }, [
    '到府',
    '到府檢測',
    '上門',
    'on-site',
    'technician',
    'home visit',
  ]),
];

const LATIN = /^[a-z0-9 &'-]+$/;
const folds = new Map<string, string>();
const fold = (s: string) => {
  let f = folds.get(s);
  if (f === undefined) folds.set(s, (f = foldAligned(s.trim())));
  return f;
};

/** Whether folded `text` contains `word` (Latin words on word boundaries, so "ads" is not in "loads"). */
function containsWord(text: string, word: string): boolean {
  const w = fold(word);
  if (!w) return false;
  if (!LATIN.test(w)) return text.includes(w);
  for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
    const before = text[at - 1];
    const after = text[at + w.length];
    if ((!before || !/[a-z0-9]/.test(before)) && (!after || !/[a-z0-9]/.test(after))) return true;
  }
  return false;
}

/** The concepts a settings item stands for (「廣告代操」 → ads; "Video & reels" → video). */
export function conceptsOf(item: string): ServiceConcept[] {
  const f = fold(item);
  return SERVICE_CONCEPTS.filter((c) => c.words.some((w) => containsWord(f, w)));
}

/** The settings items the customer's text asks for, literally or by meaning. */
export function servicesMentioned(customerText: string, items: readonly string[]): string[] {
  const text = foldAligned(customerText);
  return items.filter((item) => {
    if (!item.trim()) return false;
    if (containsWord(text, item)) return true;
    return conceptsOf(item).some((c) => c.words.some((w) => containsWord(text, w)));
  });
}

/**
 * How to name a settings item in a draft of `language`: as written when it suits the
 * language (no Chinese in English), else by its concept's name, else null (placeholder).
 */
export function itemName(item: string, language: DraftLanguage): string | null {
  const hasHan = /[\u3400-\u9fff]/.test(item);
  if (language !== 'en' || !hasHan) return item.trim();
  return conceptsOf(item)[0]?.name.en ?? null;
}
