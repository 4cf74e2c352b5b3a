import { findPersonalData } from '../../detect/personal-data';
import { anyMatch, folded, foldAligned, hanCount, spansOf, type Span } from './folded';
import { PRAISE_PATTERNS } from './message-kind';

/**
 * The customer's points, read back in their own words for confirmation: greeting,
 * signature, contact lines, personal data and profanity left out (the verbatim text stays
 * in the record, not in the draft). Numbered items are kept as the customer numbered them;
 * otherwise the problem and each request become a point.
 */

export const GREETING_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`^\s{0,4}(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|to whom it may concern)\b[^\n]{0,40}$`,
    'u',
  ),
  folded(
    String.raw`^\s{0,4}(?:(?:親愛的|尊敬的)?[^\n，,]{0,10}(?:客服|小編|團隊|您好|你好|哈囉|嗨|大家好))[^\n]{0,6}$`,
    'u',
  ),
];
/** A greeting that opens the first line ("您好，", "Hi team,"). */
export const GREETING_PREFIX: readonly RegExp[] = [
  folded(String.raw`^\s{0,4}(?:hi|hello|hey|dear)\b[^,\n]{0,30},\s{0,4}`, 'u'),
  folded(String.raw`^\s{0,4}(?:客服|小編|版主)?(?:您好|你好|哈囉|嗨)[，,！!~～。 ]{1,3}`, 'u'),
];
export const SIGNOFF_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`^\s{0,4}(?:--\s{0,2}|best|regards|best regards|kind regards|many thanks|thanks|thank you|cheers|sincerely|yours(?: sincerely| truly)?|sent from my [^\n]{0,30})[,.!]?\s{0,4}$`,
    'u',
  ),
  folded(
    String.raw`^\s{0,4}(?:謝謝|感謝|敬上|順頌|祝[^\n]{0,6}|此致|敬祝|再麻煩了|麻煩了|拜託了|辛苦了)[^\n]{0,12}$`,
    'u',
  ),
];
/** Lines that only give contact details ("電話：0912-345-678", "Address: …"). */
export const CONTACT_LINE_PATTERNS: readonly RegExp[] = [
  folded(
    String.raw`^\s{0,4}(?:電話|手機|聯絡電話|地址|收件地址|信箱|email|e-mail|tel|phone|mobile|address|line ?id)\s{0,2}[:：]`,
    'u',
  ),
];
export const NUMBERED_ITEM = folded(
  String.raw`^\s{0,4}(?:\(?[0-9]{1,2}[.)、．:]|[（(][0-9一二三四五六七八九十]{1,2}[)）]|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]{1,2}[、.．]|第[一二三四五六七八九十]{1,2}[，,、：:]?|[-•*・])\s{0,3}`,
  'u',
);

export const PROFANITY_PATTERNS: readonly RegExp[] = [
  folded(
    '他媽的|他媽|媽的|幹你娘|幹你|幹！|幹!|靠北|靠杯|靠腰|機掰|雞掰|操你|傻逼|傻b|尼瑪|臥槽|我靠|白癡|白痴|智障|腦殘|垃圾|廢物|去死|混蛋|王八蛋|爛透了|吃屎|狗屁|爛公司|爛店|奸商|騙子',
  ),
  folded(
    String.raw`\b(?:fuck\w{0,6}|f\*+k\w{0,4}|wtf|shit\w{0,4}|bullshit|crap|damn(?:ed|it)?|bloody|bastards?|idiots?|morons?|stupid|useless|pathetic|garbage|trash|scammers?|clowns?)\b`,
  ),
];
/** Repetition and venting that carry no point of their own (「第三次留言了」, "this is ridiculous"). */
export const VENTING_PATTERNS: readonly RegExp[] = [
  folded(
    // The whole clause goes (「這是我第三次在這邊留言了」): the count alone would leave 「這是我在這邊留言了」.
    '(?:這是我|我已經|已經)?第[二三四五六七八九十兩0-9]{1,2}次[^，,。！!？?\n]{0,8}?(?:留言|反映|詢問|來信|寫信|私訊|投訴|客訴|打電話|打來|聯絡)(?:投訴|客訴|反映)?了?|第[二三四五六七八九十兩0-9]{1,2}次了?|太誇張了|真的很扯|扯爆了|傻眼|無言|氣死',
  ),
  folded(
    String.raw`\b(?:this is (?:ridiculous|unacceptable|a joke)|unbelievable|seriously)\b|\b(?:this is (?:the|my) )?(?:second|third|fourth|fifth|\d{1,2}(?:st|nd|rd|th)) time (?:i'?m |i am |i have |i've )?(?:writing|asking|emailing|contacting you|messaging|calling|complaining)(?: (?:to you|about this|about it))?\b`,
  ),
];
/**
 * A sentence that only introduces the writer (「我是晨光補習班的行政主任李淑芬」, "My name is Jane Wu"): no point to
 * confirm, and it carries a name and a job title, which stay in the record.
 */
export const SELF_INTRO_PATTERNS: readonly RegExp[] = [
  folded(String.raw`^\s{0,4}(?:我是|我叫|敝姓|本人是)[^，,。！!？?\n]{0,24}[。.！!]?\s{0,4}$`, 'u'),
  folded(
    String.raw`^\s{0,4}(?:my name is|this is [a-z]{1,20}(?: [a-z]{1,20}){0,2} (?:from|at))\b[^,.!?\n]{0,40}[.!]?\s{0,4}$`,
    'u',
  ),
];
const DANGLING_LABEL =
  /[，,、]?\s{0,3}(?:聯絡電話|联系电话|電話|电话|手機|手机|信箱|邮箱|地址|e-?mail|phone|tel|mobile)\s{0,3}[:：]?\s{0,3}(?=$|[，,。.！!？?；;\n])/giu;
const EXCLAMATION_RUN = /[!！]{2,}|[?？]{2,}/g;
const SENTENCE = /[^。！？!?\n.]+(?:\.(?=\S)[^。！？!?\n.]*)*[。！？!?.]*/g;
export const REQUEST_PATTERNS: readonly RegExp[] = [
  folded(
    '希望|要求|請你們|請您|麻煩|我要|必須|給我|給個|退款|退費|退貨|換貨|換一|賠償|補償|書面|道歉|回覆|說明|處理|交代|到底|什麼時候|何時|多久|能不能|可不可以|可以幫|幫我|幫忙',
  ),
  folded(
    String.raw`\b(?:i want|i need|i'd like|i would like|please|i expect|i demand|can you|could you|must|refund|replace|replacement|compensat\w{0,6}|explain|explanation|respond|when will|why|how long)\b`,
  ),
];

/** The turn of a mixed review (「牛肉麵很好吃，但是服務生態度很差」): what follows is the point to confirm. */
export const CONTRAST = folded(
  String.raw`[，,]?\s{0,2}(?:但是|可是|不過|只是)|[,;]?\s{0,2}\b(?:but|however)\b[,]?`,
  'u',
);

/** Drops the praise before the turn of a mixed review; praise is thanked for, not read back for confirmation. */
function withoutPraiseLead(sentence: string): string {
  const f = foldAligned(sentence);
  CONTRAST.lastIndex = 0;
  const m = CONTRAST.exec(f);
  if (!m || !m.index || !anyMatch(PRAISE_PATTERNS, f.slice(0, m.index))) return sentence;
  const rest = sentence.slice(m.index + m[0].length).trim();
  return contentSize(rest) >= 4 ? rest : sentence;
}

export interface ReadBackOptions {
  /** Maximum points (the rest are left for the call). */
  max?: number;
  /** Longest point, in characters. */
  maxLength?: number;
}

export function readBackPoints(text: string, options: ReadBackOptions = {}): string[] {
  const max = options.max ?? 4;
  const maxLength = options.maxLength ?? 90;
  const lines = bodyLines(text);
  const numbered = lines.filter((l) => lineStartsNumbered(l));
  // Numbered items are the customer's own points; the problem stated before them comes first.
  const before = numbered.length >= 2 ? lines.slice(0, lines.indexOf(numbered[0]!)) : [];
  const lead = pickSentences(before.join('\n')).filter((s) => !/[:：]\s*$/.test(s))[0];
  const raw =
    numbered.length >= 2
      ? [...(lead ? [lead] : []), ...numbered.map((l) => l.replace(NUMBERED_ITEM, ''))]
      : pickSentences(lines.join('\n'));
  const points: string[] = [];
  for (const r of raw) {
    const p = cleanPoint(r, maxLength);
    if (p && !points.includes(p)) points.push(p);
    if (points.length >= max) break;
  }
  return points;
}

function lineStartsNumbered(line: string): boolean {
  NUMBERED_ITEM.lastIndex = 0;
  return NUMBERED_ITEM.test(foldAligned(line)) && foldAligned(line).replace(NUMBERED_ITEM, '').trim().length > 2;
}

/** The message without greeting, signature and contact-only lines. */
function bodyLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const [i, line] of lines.entries()) {
    const f = foldAligned(line);
    if (!line.trim()) continue;
    if (out.length && SIGNOFF_PATTERNS.some((re) => re.test(f))) break; // the signature follows
    if (!out.length && GREETING_PATTERNS.some((re) => re.test(f)) && i < lines.length - 1) continue;
    if (CONTACT_LINE_PATTERNS.some((re) => re.test(f))) continue;
    let kept = line;
    if (!out.length) {
      for (const re of GREETING_PREFIX) {
        const m = re.exec(foldAligned(kept));
        if (m && m[0].length < kept.length) kept = kept.slice(m[0].length);
      }
    }
    out.push(kept.trim());
  }
  return out;
}

/** The problem (first sentence with content) and every request, in order. */
function pickSentences(body: string): string[] {
  const sentences = (body.match(SENTENCE) ?? [])
    .map((s) => s.trim())
    .filter((s) => contentSize(strip(s, false)) >= 4 && !SELF_INTRO_PATTERNS.some((re) => re.test(foldAligned(s))));
  if (sentences.length <= 2) return sentences;
  const requests = sentences.filter((s) =>
    REQUEST_PATTERNS.some((re) => ((re.lastIndex = 0), re.test(foldAligned(s)))),
  );
  const first = sentences[0]!;
  return [first, ...requests.filter((s) => s !== first)];
}

const contentSize = (s: string) => hanCount(s) + s.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length * 2;

/**
 * Removes personal data and profanity, tidies what is left. `keepOrderWord: false` drops an
 * order number's word too: a sentence that is only 「訂單編號 TW123」 is no point of its own.
 */
function strip(text: string, keepOrderWord = true): string {
  const spans: (Span & { keep?: string })[] = [
    // An order number keeps its word (「訂單」, "order"): the point still says what it is about.
    ...findPersonalData(text).map((s) => ({
      start: s.start,
      end: s.end,
      keep:
        keepOrderWord && s.label === 'order-number' && !/^\s*[，,。.！!？?；;)）]/.test(text.slice(s.end, s.end + 2))
          ? s.text.replace(/\s{0,3}[#:：]?\s{0,3}[A-Za-z]{0,4}[0-9][A-Za-z0-9-]{0,40}/g, '')
          : '',
    })),
    ...spansOf(PROFANITY_PATTERNS, foldAligned(text)),
    ...spansOf(VENTING_PATTERNS, foldAligned(text)),
  ].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + (s.keep ?? '');
    at = s.end;
  }
  out += text.slice(at);
  return (
    out
      .replace(EXCLAMATION_RUN, (m) => m[0]!)
      // Brackets whose content was removed (「(order #A123)」 → 「()」).
      .replace(/\s?[(（[]\s{0,3}[)）\]]/g, '')
      // A contact label whose number or address was just removed (「，電話」).
      .replace(DANGLING_LABEL, '')
      .replace(/([，,、：；])\s*(?=[，,、。！？!?.；;]|$)/g, '')
      .replace(/^[\s，,、。：:；;!！?？-]+/, '')
      .replace(/\s{2,}/g, ' ')
      .replace(/(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/g, '')
      .trim()
  );
}

function cleanPoint(raw: string, maxLength: number): string {
  const s = strip(withoutPraiseLead(raw)).replace(/[。.!！]+$/, '');
  if (contentSize(s) < 4 || contentSize(strip(raw, false)) < 4) return '';
  // English says in 90 characters what Chinese says in 30: a Latin point may be longer, and is cut between words.
  const limit = hanCount(s) ? maxLength : maxLength * 2;
  if (s.length <= limit) return s;
  let cut = s.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  if (/[A-Za-z0-9]/.test(s[limit - 1] ?? '') && space > limit / 2) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
}
