import { en, matchRules, zh, type Rule } from './patterns';

/** Cues of a plain question or plain praise; not shown as signals, only used to temper the score. */
export interface NeutralCues {
  question: boolean;
  praise: boolean;
}

const QUESTION_RULES: readonly Rule<'question'>[] = [
  // Polite information questions; rhetorical ones (為什麼, 難道, 怎麼…) are not neutral.
  zh('question', 'question', '^\\s*(?:請問|请问|想問|想问|想請問|想请问|不好意思.{0,6}(?:請問|请问|想問|想问))|^[^。！!]{0,40}(?:有沒有|有没有|可以|可不可以|能不能|是否|幾點|几点|多少|哪裡|哪里)[^。！!]{0,20}[嗎吗呢]?[?？]\\s*$'),
  en('question', 'question', String.raw`^\s*(?:how|when|where|what|which|who|do you|does|is there|are there|can i|could i|will you|would you|hi,? (?:do|is|can|will))\b|\?\s*$`),
];

const PRAISE_RULES: readonly Rule<'praise'>[] = [
  zh('praise', 'praise', '謝謝|谢谢|感謝|感谢|很棒|超棒|好棒|好吃|好喝|推推|推薦|推荐|讚|赞|喜歡|喜欢|愛死|爱死|滿意|满意|貼心|贴心|用心|優秀|优秀|回購|回购|必買|必买|大推|加油'),
  en('praise', 'praise', String.raw`\b(?:thanks?|thank you|love|loved|great|awesome|amazing|excellent|perfect|fantastic|wonderful|best|recommend|delicious|happy with|well done|kudos)\b`),
];

export function neutralCues(folded: string, scripts: { zh: boolean; en: boolean }): NeutralCues {
  return {
    question: matchRules(QUESTION_RULES, folded, scripts).length > 0,
    praise: matchRules(PRAISE_RULES, folded, scripts).length > 0,
  };
}
