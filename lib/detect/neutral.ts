import { anyRuleMatches, en, zh, type Rule, type Scripts } from './patterns';
import { registerTextRegexes } from './text-regexes';

/** Cues of a plain question, plain praise or a near-empty comment; not shown as signals, only used to temper the score. */
export interface NeutralCues {
  question: boolean;
  /** A question about damage the customer says they caused (its damage words do not count as negative). */
  ownDamage?: boolean;
  /** Bought anyway, laughing, tagging a friend or entering a giveaway. */
  playful?: boolean;
  praise: boolean;
  /** Almost no words once @mentions, links and emoji are removed ("@Amy look!"). */
  trivial: boolean;
}

export const QUESTION_RULES: readonly Rule<'question'>[] = [
  // Polite information questions; rhetorical ones (為什麼, 難道, 怎麼…) are not neutral.
  zh(
    'question',
    'question',
    '^\\s*(?:請問|请问|想問|想问|想請問|想请问|有人(?:要|想|知道)|不好意思.{0,6}(?:請問|请问|想問|想问))|^[^。！!]{0,40}(?:有沒有|有没有|可以|可不可以|能不能|是否|幾點|几点|多少|哪裡|哪里|哪家|哪間|哪间|怎麼(?!搞|會|还|還)|怎么(?!搞|会|还)|如何|什麼時候|什么时候|多久)[^。！!?？]{0,20}[嗎吗呢]?[?？]',
  ),
  en(
    'question',
    'question',
    String.raw`^\s*(?:hi,? |hello,? )?(?:how (?:do|can|much|many|long|big)|when (?:is|are|will|do)|where (?:can|do|is the)|what (?:is|are|time|size|colou?r)|which|do you|does (?:it|this|the)|is there|are there|can i|could i|is it)\b[^.!]*\?\s*$`,
  ),
];

export const PRAISE_RULES: readonly Rule<'praise'>[] = [
  zh(
    'praise',
    'praise',
    // Praise of staff (親切, 有耐心, 熱心) and amusement (笑死, 哈哈, 😂) too: a teasing comment is not a complaint.
    '謝謝|谢谢|感謝|感谢|很棒|超棒|好棒|好吃|好喝|好美|好看|漂亮|好可愛|好可爱|推推|推薦|推荐|讚|赞|喜歡|喜欢|愛死|爱死|滿意|满意|貼心|贴心|用心|優秀|优秀|回購|回购|回訪|回访|必買|必买|大推|加油|期待|已經下單|已经下单|下單了|下单了|親切|亲切|有耐心|很耐心|熱心|热心|細心|细心|有誠意|有诚意|有水準|有水准|cp值(?:很|超|好|蠻|满|滿)?高|太狂|超狂|好狂|不愧|很值得|超值|太便宜|好便宜|超便宜|好食|抵食|好味|正呀|笑死|哈哈|[😍❤🥰👍💕😊😂🤣]',
  ),
  en(
    'praise',
    'praise',
    String.raw`\b(?:thanks?|thank you|love|loved|great|awesome|amazing|excellent|perfect|fantastic|wonderful|best|recommend|delicious|happy with|well done|kudos|beautiful|gorgeous|can'?t wait|friendly|patient|helpful|lol|haha)\b|[😍❤🥰👍💕😊😂🤣]`,
  ),
];

/** Bought anyway (但我還是下單了), laughing (笑死), tagging a friend (not 小編) or a giveaway: banter, not a complaint. */
export const PLAYFUL_RULES: readonly Rule<'playful'>[] = [
  zh(
    'playful',
    'playful',
    '還是(?:下單|下单|買了|买了|訂了|订了|下訂|下订)|已經(?:下單|下訂|買了)|已经(?:下单|下订|买了)|(?:剛|刚)(?:下單|下单|訂了|订了)|(?<!被人|被)笑死|好好笑|太好笑|中獎|抽獎|[😂🤣]|^\\s*@(?!小編|小编|客服|官方)[^\\s@]',
  ),
  en('playful', 'playful', String.raw`(?:ordered|bought) (?:it )?anyway|(?:just|already) (?:ordered|bought)`),
];

const BOTH_SCRIPTS = { zh: true, en: true };

/** Mentions, links, punctuation, symbols, spaces and emoji: what does not count as words. */
const NOISE = /@[\w.]+|https?:\/\/\S+|www\.\S+|[\p{P}\p{S}\p{Z}\p{Extended_Pictographic}\uE001-\uE004]/gu;
const HAN = /[\u3400-\u9fff]/g;
const LATIN = /[a-z]/;
const SPACES = /\s+/;
registerTextRegexes('neutral', { NOISE, HAN, SPACES });

/** Almost no words once mentions, links, punctuation and emoji are gone ("@Amy look!"): Han + 2 × Latin words < 4. */
export function isTrivial(folded: string): boolean {
  const words = folded.replace(NOISE, ' ');
  const han = words.match(HAN)?.length ?? 0;
  const latin = words.split(SPACES).filter((w) => LATIN.test(w)).length;
  return han + latin * 2 < 4;
}

/** A polite information question (請問…嗎？, "how do I…?"), on the folded text. */
export function isQuestion(folded: string, scripts: Scripts): boolean {
  return anyRuleMatches(QUESTION_RULES, folded, scripts);
}

/** Bought anyway, laughing, tagging a friend or entering a giveaway, on the folded text. */
export function isPlayful(folded: string, scripts: Scripts): boolean {
  return anyRuleMatches(PLAYFUL_RULES, folded, scripts);
}

/** Thanks or praise, on the folded text (whatever its scripts). */
export function isPraise(folded: string): boolean {
  return anyRuleMatches(PRAISE_RULES, folded, BOTH_SCRIPTS);
}
