/**
 * The drafts judged as a demanding senior Taiwanese CSM would, on fresh messages of two
 * brands (testing/eval-set.ts). Properties, not frozen strings: a wording may change, the
 * practice may not.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../detect';
import { FOLD } from '../detect/fold';
import { draftReplies, type DraftOutput } from './draft';
import { PHRASES } from './phrases';
import {
  APPLIANCE_SHOP,
  CROWDFUNDING,
  EVAL_CASES,
  FRIDAY_EVENING,
  TUESDAY_MORNING,
  type EvalCase,
} from './testing/eval-set';
import type { Library } from './types';

const LIBRARY: Library = {
  version: 1,
  templates: [],
  faq: [
    {
      id: 'ship-time',
      question: '下單後多久會出貨？',
      answer: '現貨商品下單後 2 個工作天內出貨，宅配約 1–2 天送達。',
      tags: ['出貨', '多久'],
      language: 'zh-TW',
    },
  ],
};

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const APOLOGY = /抱歉|道歉|對不起|对不起|歉意|不好意思|sorry|apolog/i;
const FAULT = /疏失|失誤|失误|我們的錯|我们的错|我們的責任|我们的责任|our fault|our mistake|got (?:this|it) wrong/i;
const ASK = /麻煩再提供[^\n]*|麻烦再提供[^\n]*|could you also send me[^\n]*/i;

function run(c: EvalCase, extra: { offerBonus?: boolean; author?: string } = {}): DraftOutput {
  return draftReplies({
    text: c.text,
    detection: detect(c.text),
    authorName: extra.author ?? c.author,
    source: c.source,
    settings: c.brand === 'appliance' ? APPLIANCE_SHOP : CROWDFUNDING,
    library: c.brand === 'appliance' ? LIBRARY : undefined,
    receivedAt: c.id.length % 2 ? FRIDAY_EVENING : TUESDAY_MORNING,
    offerBonus: extra.offerBonus,
  });
}

const outputs = new Map(EVAL_CASES.map((c) => [c.id, run(c)]));
const drafts = (out: DraftOutput) => [out.public, out.private, out.messenger];

describe('the evaluation set', () => {
  it('has 30+ messages in three languages, complaints, questions and praise, for two brands', () => {
    expect(EVAL_CASES.length).toBeGreaterThanOrEqual(30);
    for (const language of ['zh-TW', 'zh-CN', 'en'] as const)
      expect(EVAL_CASES.filter((c) => c.language === language).length).toBeGreaterThanOrEqual(7);
    for (const kind of ['complaint', 'question', 'praise'] as const)
      expect(EVAL_CASES.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(EVAL_CASES.map((c) => [c.id, c] as const))('%s', (_id, c) => {
  const out = outputs.get(c.id)!;

  it('is read as what it is, in the customer’s language', () => {
    expect(out.messageKind).toBe(c.kind);
    expect(out.language).toBe(c.language);
  });

  it('public reply: no error, no admission of fault, within the length limit', () => {
    expect(out.lint.public.filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.lint.public.map((f) => f.rule)).not.toContain('too-long');
    expect(out.public).not.toMatch(FAULT);
  });

  it('follow-ups pass the reply check', () => {
    expect(out.lint.private.filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.lint.messenger.filter((f) => f.severity === 'error')).toEqual([]);
    expect(out.messenger.length).toBeLessThanOrEqual(2000);
  });

  it('is the same draft every time for the same comment', () => {
    const again = run(c);
    expect(drafts(again)).toEqual(drafts(out));
  });

  if (c.language === 'en')
    it('an English draft carries no Chinese', () => {
      for (const text of drafts(out)) expect(text).not.toMatch(HAN);
    });

  if (c.language === 'zh-CN')
    it('a Simplified draft carries no Traditional characters from the settings', () => {
      for (const text of drafts(out).map((d) => d.replace(c.text, '')))
        for (const ch of text) if (HAN.test(ch)) expect(String.fromCharCode(FOLD[ch.charCodeAt(0)]!), text).toBe(ch);
    });

  if (c.kind !== 'complaint')
    it('not a complaint: no apology', () => {
      for (const text of drafts(out)) expect(text).not.toMatch(APOLOGY);
    });

  if (c.kind === 'complaint')
    it('apologises once in public, for the experience', () => {
      expect(out.public.match(new RegExp(APOLOGY.source, 'gi'))?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(out.lint.public.map((f) => f.rule)).not.toContain('over-apologising');
    });

  const e = c.expect ?? {};
  if (e.incident)
    it(`handles the ${e.incident} incident first`, () => {
      expect(out.incident).toBe(e.incident);
      if (e.incident === 'health') expect(out.private).toMatch(/拔掉插頭|拔掉插头|unplug/);
    });
  if (e.repeated)
    it('acknowledges the repeated contact', () => {
      expect(PHRASES[out.language].apologies.repeated.some((a) => out.public.includes(a))).toBe(true);
    });
  if (e.customerDeadline)
    it('answers the customer’s own deadline', () => {
      expect(out.private).toMatch(/關於您希望|关于您希望|You asked for/);
    });
  if (e.notAskedFor)
    it('does not ask for what the message gives', () => {
      const ask = ASK.exec(out.private)?.[0] ?? '';
      for (const item of e.notAskedFor!) expect(ask).not.toContain(item);
    });
  if (e.never)
    it('leaves out personal data and profanity', () => {
      for (const text of drafts(out)) for (const bad of e.never!) expect(text).not.toContain(bad);
    });
  if (e.paid)
    it('draws the service boundary by meaning; the bonus only when offered', () => {
      expect(out.private).toMatch(/屬於另外收費|属于另外收费|paid service/);
      expect(out.private).not.toMatch(
        /這次我們也可以額外為您提供|这次我们也可以额外为您提供|This time I can also help/,
      );
      const offered = run(c, { offerBonus: true });
      expect(offered.private).toMatch(
        /這次我們也可以額外為您提供|这次我们也可以额外为您提供|This time I can also help/,
      );
    });
});

describe('across comments', () => {
  it('onlookers do not see copies: every public reply differs', () => {
    const publics = [...outputs.values()].map((o) => o.public);
    expect(new Set(publics).size).toBe(publics.length);
  });

  it('the same complaint pasted by ten people gets several wordings, not one', () => {
    const c = EVAL_CASES.find((x) => x.id === 'tw-late-1')!;
    const authors = ['王小明', '李大華', '陳美美', '張志強', '林怡君', '黃建國', '吳雅婷', '周杰', '鄭秀英', '許文雄'];
    const stripped = authors.map((a) => run(c, { author: a }).public.replace(a, ''));
    expect(new Set(stripped).size).toBeGreaterThanOrEqual(4);
  });

  it('answers a question from the FAQ first', () => {
    expect(outputs.get('tw-question-ship')!.public).toContain('2 個工作天內出貨');
  });
});
