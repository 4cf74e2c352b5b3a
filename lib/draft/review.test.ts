/**
 * The senior CSM's review set (testing/review-set.ts): 30 fresh messages, each drafted with two
 * brands' settings (the documented sample, and a kitchen brand with English and Simplified
 * wording) and from both channels. Properties a demanding Taiwanese CSM checks before sending,
 * not frozen strings.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../detect';
import { FOLD } from '../detect/fold';
import { findPersonalData } from '../detect/personal-data';
import { draftReplies, type DraftOutput } from './draft';
import { PHRASES } from './phrases';
import { draftReviewCase, REVIEW_CASES, REVIEW_KITCHEN, REVIEW_SAMPLE } from './testing/review-set';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const APOLOGY = /抱歉|道歉|對不起|对不起|歉意|不好意思|sorry|apolog/i;
const FAULT = /疏失|失誤|失误|我們的錯|我们的错|我們的責任|我们的责任|our fault|our mistake|got (?:this|it) wrong/i;
const ASK = /麻煩再提供[^\n]*|麻烦再提供[^\n]*|could you also send me[^\n]*/i;
/** Mainland wording a Taiwanese reader notices at once (outside the customer's quoted words). */
const MAINLAND_IN_TW = /視頻|質量|反饋|信息|短信|帳戶|客戶端|訂單號|核實|跟進|轉 ?\d/;
/** The customer's quoted words, which keep their own wording. */
const QUOTED = /「[^「」]*(?:『[^『』]*』[^「」]*)*」|“[^“”]*”/g;

const BRANDS = [
  ['sample', REVIEW_SAMPLE],
  ['kitchen', REVIEW_KITCHEN],
] as const;
const SOURCES = ['facebook', 'gmail'] as const;

const run = draftReviewCase;
const drafts = (out: DraftOutput) => [out.public, out.private, out.messenger];

describe('the review set', () => {
  it('has 30 messages: 18 zh-TW, 6 zh-CN, 6 English; complaints, questions and praise', () => {
    expect(REVIEW_CASES).toHaveLength(30);
    expect(REVIEW_CASES.filter((c) => c.language === 'zh-TW')).toHaveLength(18);
    expect(REVIEW_CASES.filter((c) => c.language === 'zh-CN')).toHaveLength(6);
    expect(REVIEW_CASES.filter((c) => c.language === 'en')).toHaveLength(6);
    for (const kind of ['complaint', 'question', 'praise'] as const)
      expect(REVIEW_CASES.filter((c) => c.kind === kind).length).toBeGreaterThanOrEqual(3);
    expect(new Set(REVIEW_CASES.map((c) => c.id)).size).toBe(30);
  });
});

describe.each(
  REVIEW_CASES.flatMap((c) =>
    BRANDS.flatMap(([brand, settings]) =>
      SOURCES.map((source) => [`${c.id} ${brand} ${source}`, c, settings, source] as const),
    ),
  ),
)('%s', (_name, c, settings, source) => {
  const out = run(c, settings, source);

  it('is read as what it is, in the customer’s language', () => {
    expect(out.messageKind).toBe(c.kind);
    expect(out.language).toBe(c.language);
  });

  it('every draft passes its own reply check with no error', () => {
    for (const findings of [out.lint.public, out.lint.private, out.lint.messenger])
      expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the public reply admits no fault and repeats none of the customer’s personal data', () => {
    expect(out.public).not.toMatch(FAULT);
    for (const pd of findPersonalData(c.text)) expect(out.public).not.toContain(pd.text.trim());
    for (const bad of c.expect?.notInPublic ?? []) expect(out.public).not.toContain(bad);
    expect(out.lint.public.map((f) => f.rule)).not.toContain('too-long');
  });

  if (c.language === 'zh-CN')
    it('a Simplified draft has no Traditional-only characters', () => {
      for (const text of drafts(out))
        for (const ch of text)
          if (HAN.test(ch) && !c.text.includes(ch)) expect(String.fromCharCode(FOLD[ch.charCodeAt(0)]!), text).toBe(ch);
    });

  if (c.language === 'zh-TW')
    it('a Taiwanese draft uses Taiwanese wording outside the customer’s quoted words', () => {
      for (const text of drafts(out)) expect(text.replace(QUOTED, '')).not.toMatch(MAINLAND_IN_TW);
    });

  if (c.language === 'en')
    it('an English draft with localized.en set carries no Chinese', () => {
      for (const text of drafts(out)) expect(text).not.toMatch(HAN);
    });

  if (c.kind !== 'complaint')
    it('a question or praise gets no apology', () => {
      for (const text of drafts(out)) expect(text).not.toMatch(APOLOGY);
    });

  if (c.kind === 'complaint')
    it('a complaint gets one apology in public, a read-back and a time in the follow-up', () => {
      expect(out.public).toMatch(APOLOGY);
      expect(out.lint.public.map((f) => f.rule)).not.toContain('over-apologising');
      expect(out.private).toMatch(/整理如下|要点整理如下|points you raised/);
    });

  const e = c.expect ?? {};
  if (e.incident)
    it(`puts the ${e.incident} incident first`, () => {
      expect(out.incident).toBe(e.incident);
      if (e.incident === 'health') {
        expect(out.public).toMatch(/就醫|就医|see a doctor/);
        const safety = out.private.search(/為了安全|为了安全|For your safety/);
        const readBack = out.private.search(/整理如下|points you raised/);
        expect(safety).toBeGreaterThan(-1);
        expect(safety).toBeLessThan(readBack);
      }
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
    it('asks only for what is missing', () => {
      const ask = ASK.exec(out.private)?.[0] ?? '';
      for (const item of e.notAskedFor!) expect(ask).not.toContain(item);
    });
  if (e.readBack)
    it('reads back the customer’s points', () => {
      for (const words of e.readBack!) expect(out.private).toContain(words);
    });
  if (e.never)
    it('reads back no greeting, signature or contact line', () => {
      for (const text of drafts(out)) for (const bad of e.never!) expect(text).not.toContain(bad);
    });
});

describe('what the review fixed, on other messages', () => {
  const draft = (text: string, settings = REVIEW_SAMPLE) =>
    draftReplies({ text, detection: detect(text), authorName: '客人', source: 'facebook', settings, receivedAt: 0 });

  it('unanswered emails count as repeated contact (「寫了三次信都沒有回覆」)', () => {
    const out = draft('報名費多扣了一次，寫了三次信都沒有回覆，請盡快處理');
    expect(PHRASES['zh-TW'].apologies.repeated.some((a) => out.public.includes(a))).toBe(true);
  });

  it('food made someone ill: no 「停止使用商品」, keep what is left and the receipt', () => {
    const tw = draft('中午訂的排骨便當吃完一小時就開始上吐下瀉，現在在急診');
    expect(tw.incident).toBe('health');
    expect(tw.public).not.toContain('停止使用');
    expect(tw.public).toMatch(/請先不要再食用/);
    expect(tw.private).toMatch(/收據/);
    const en = draft('My whole family got sick after eating the fried rice we ordered from you last night.');
    expect(en.incident).toBe('health');
    expect(en.public).not.toMatch(/stop using/);
    expect(en.public).toMatch(/don't eat or drink any more/);
  });

  it('a rash after a serum: the health script, not a plain quality reply', () => {
    const out = draft('這瓶精華液擦完隔天眼睛周圍紅腫發癢，已經去看皮膚科');
    expect(out.incident).toBe('health');
    expect(out.private.indexOf('為了安全')).toBeGreaterThan(-1);
    expect(out.public).not.toMatch(/拔掉插頭/);
  });

  it('a defect with 「請問要怎麼處理？」 gets the apology and the follow-up, not a question’s answer', () => {
    const out = draft('新買的熱水瓶底部一直漏水，請問要怎麼處理？');
    expect(out.messageKind).toBe('complaint');
    expect(out.public).toMatch(APOLOGY);
  });
});
