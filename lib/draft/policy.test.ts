/**
 * The "Done when" list of the drafting issue, checked end to end on draftReplies():
 * every built-in template is lint-clean, missing settings show placeholders plus a lint
 * error pointing to the options, the public reply stays limited (no personal data, within
 * the length limit), both tones exist, and everything is plain text.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../detect';
import { CATEGORIES, QUADRANTS } from '../detect/types';
import { DEFAULT_SETTINGS, SAMPLE_SETTINGS } from '../settings/defaults';
import { settingsSchema, type Settings } from '../settings/schema';
import { draftReplies, type DraftInput } from './draft';
import { lintReply } from './lint/lint';
import { PHRASES } from './phrases';
import { DRAFT_LANGUAGES, type DraftLanguage } from './types';

const TONES = ['formal', 'warm'] as const;

/** Tuesday 8 December 2026, 10:00 in Taipei: the sample line's next reply slot is Wednesday noon. */
const RECEIVED_AT = Date.UTC(2026, 11, 8, 2);
const RECEIVED_DEADLINE = {
  'zh-TW': '12/9（三）中午前',
  'zh-CN': '12月9日（周三）中午前',
  en: 'by noon on Wednesday 9 December',
};

const draft = (language: DraftLanguage, text: string, extra: Partial<DraftInput> = {}) =>
  draftReplies({
    text,
    detection: detect(text),
    source: 'facebook',
    language,
    settings: SAMPLE_SETTINGS,
    receivedAt: RECEIVED_AT,
    ...extra,
  });

const han = (s: string) => (s.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
const words = (s: string) => s.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length;

describe('built-in templates: every language × quadrant × category × tone', () => {
  const text = {
    'zh-TW': '東西壞了，客服也不理我',
    'zh-CN': '东西坏了，客服也不理我',
    en: 'It arrived broken and nobody answers me.',
  } as const;
  it('produces two drafts with no lint finding at all, within the public length limit', () => {
    let combinations = 0;
    for (const language of DRAFT_LANGUAGES)
      for (const quadrant of QUADRANTS)
        for (const category of CATEGORIES)
          for (const tone of TONES) {
            const out = draft(language, text[language], { quadrant, category, tone, authorName: '陳大明' });
            const label = `${language} ${quadrant} ${category} ${tone}`;
            expect(out.lint.public, label).toEqual([]);
            expect(out.lint.private, label).toEqual([]);
            if (language === 'en')
              expect(words(out.public), label).toBeLessThanOrEqual(SAMPLE_SETTINGS.publicReplyLimit.enWords);
            else expect(han(out.public), label).toBeLessThanOrEqual(SAMPLE_SETTINGS.publicReplyLimit.cjkChars);
            combinations++;
          }
    expect(combinations).toBe(3 * 4 * 9 * 2);
  });

  it('private follow-ups read back the points, give handler, line with hours, time frame, missing info and the situation', () => {
    for (const language of DRAFT_LANGUAGES) {
      const p = PHRASES[language];
      for (const quadrant of QUADRANTS)
        for (const category of CATEGORIES) {
          const out = draft(language, text[language], { quadrant, category, authorName: '陳大明' });
          expect(out.private).toMatch(/壞了|坏了|broken/);
          expect(out.private).toContain('2345-6789');
          expect(out.private).toContain(language === 'en' ? 'Ms. Lin' : '林小姐');
          expect(out.private).toContain(RECEIVED_DEADLINE[language]);
          const paragraph =
            out.incident !== null
              ? p.incident.paragraph
              : quadrant.endsWith('-responsible') && !quadrant.endsWith('not-responsible')
                ? p.quadrantParagraph[quadrant] // chosen by the CSM: the follow-up may admit it
                : p.quadrantParagraph[quadrant];
          expect(out.private).toContain(paragraph);
          expect(out.private).toContain('陳大明');
        }
    }
  });

  it('public replies give the line, the handler and the time frame, and never admit fault, in any situation', () => {
    const fault = { 'zh-TW': /疏失|我們的錯/, 'zh-CN': /失误|我们的错/, en: /got this wrong|our mistake|our fault/ };
    for (const language of DRAFT_LANGUAGES)
      for (const quadrant of QUADRANTS) {
        const out = draft(language, text[language], { quadrant, category: 'quality' });
        expect(out.public).toContain('2345-6789');
        expect(out.public).toContain(language === 'en' ? 'Ms. Lin' : '林小姐');
        expect(out.public).toContain(RECEIVED_DEADLINE[language]);
        expect(fault[language].test(out.public), `${language} ${quadrant}`).toBe(false);
      }
  });
});

describe('tone', () => {
  it('formal and warm both exist in every language and read differently', () => {
    for (const language of DRAFT_LANGUAGES) {
      // The tone templates are the ones of the quadrant without a template of its own.
      const formal = draft(language, '到貨太慢', { tone: 'formal', quadrant: 'reasonable-not-responsible' });
      const warm = draft(language, '到貨太慢', { tone: 'warm', quadrant: 'reasonable-not-responsible' });
      expect(formal.templates.public).toMatch(/formal(\.\d)?$/);
      expect(warm.templates.public).toMatch(/warm(\.\d)?$/);
      expect(formal.public).not.toBe(warm.public);
      expect(formal.private).not.toBe(warm.private);
      expect([...formal.lint.public, ...warm.lint.public, ...formal.lint.private, ...warm.lint.private]).toEqual([]);
    }
  });

  it('defaults to the tone in the settings', () => {
    const warmSettings: Settings = { ...SAMPLE_SETTINGS, tone: 'warm' };
    const out = draft('zh-TW', '到貨太慢', { settings: warmSettings, quadrant: 'reasonable-not-responsible' });
    expect(out.templates.public).toMatch(/^builtin\.zh-TW\.public\.warm/);
  });
});

describe('no dedicated line configured', () => {
  const expectations = { en: /Options/, 'zh-TW': /設定/, 'zh-CN': /设置/ } as const;
  for (const language of DRAFT_LANGUAGES)
    for (const uiLocale of ['en', 'zh-TW', 'zh-CN'] as const)
      it(`${language} drafts (UI ${uiLocale}): visible placeholder and an error pointing to the options`, () => {
        const settings = settingsSchema.parse({
          ...SAMPLE_SETTINGS,
          dedicatedLine: { phone: '', extension: '', hours: '' },
          localized: { en: { brand: 'Little Days Select', handler: { name: 'Yating Lin', title: 'Ms. Lin' } } },
        });
        const out = draft(language, '我要退款', { settings, uiLocale });
        const placeholder = PHRASES[language].placeholders.line;
        for (const kind of ['public', 'private'] as const) {
          expect(out[kind]).toContain(placeholder);
          const error = out.lint[kind].find((f) => f.rule === 'missing-dedicated-line')!;
          expect(error.severity).toBe('error');
          expect(error.message).toMatch(expectations[uiLocale]);
          expect(out[kind].slice(error.start, error.end)).toBe(placeholder);
        }
        // Nothing else is wrong with these drafts.
        expect(out.lint.public.filter((f) => f.rule !== 'missing-dedicated-line')).toEqual([]);
      });

  it('a fresh install (nothing set) still drafts in every language, with placeholders for brand, line and handler', () => {
    for (const language of DRAFT_LANGUAGES) {
      const out = draft(language, 'refund', { settings: DEFAULT_SETTINGS });
      const p = PHRASES[language].placeholders;
      expect(out.public).toContain(p.line);
      expect(out.public).toContain(p.handler);
      expect(out.private).toContain(p.brand);
      const rules = out.lint.public.filter((f) => f.severity === 'error').map((f) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(['missing-dedicated-line', 'missing-handler']));
    }
  });
});

describe('the public reply never repeats personal data from the comment', () => {
  const comments = {
    'zh-TW':
      '我的電話 0912-345-678，email chen.daming@example.com，訂單編號 TW20261124001，地址台北市大安區忠孝東路四段100號5樓，到現在還沒收到！',
    'zh-CN':
      '我的电话 13812345678，邮箱 wangwei@example.cn，订单号 CN20261124001，地址上海市浦东新区世纪大道100号，到现在还没收到！',
    en: 'My phone is 415-555-0100, email jane.chen@example.com, order #20261124001, address 1200 Market Street. It still has not arrived!',
  } as const;
  const secrets = [
    '0912-345-678',
    'chen.daming@example.com',
    'TW20261124001',
    '忠孝東路',
    '13812345678',
    'wangwei@example.cn',
    'CN20261124001',
    '世纪大道',
    '415-555-0100',
    'jane.chen@example.com',
    '20261124001',
    'Market Street',
  ];

  for (const language of DRAFT_LANGUAGES)
    it(`${language}, every quadrant and tone`, () => {
      const text = comments[language];
      const detection = detect(text);
      expect(detection.containsPersonalData).toBe(true);
      for (const quadrant of QUADRANTS)
        for (const tone of TONES) {
          const out = draftReplies({
            text,
            detection,
            authorName: '陳大明',
            source: 'facebook',
            language,
            quadrant,
            tone,
            settings: SAMPLE_SETTINGS,
          });
          for (const secret of secrets) expect(out.public).not.toContain(secret);
          expect(out.lint.public).toEqual([]);
          // The verbatim record stays in the case record: the follow-up reads back the points without the data.
          for (const secret of secrets) expect(out.private).not.toContain(secret);
        }
    });

  it('and the lint catches it when a CSM types it back', () => {
    for (const language of DRAFT_LANGUAGES) {
      const text = comments[language];
      const out = draft(language, text);
      const echoed = `${out.public} ${language === 'en' ? 'We will call 415-555-0100.' : language === 'zh-TW' ? '會打 0912-345-678 給您。' : '会打 13812345678 给您。'}`;
      const findings = lintReply(echoed, {
        kind: 'public',
        settings: SAMPLE_SETTINGS,
        detection: detect(text),
        customerText: text,
      });
      expect(findings.map((f) => f.rule)).toContain('echoes-personal-data');
    }
  });
});

describe('length limit', () => {
  it('is configurable: a tight limit makes the lint warn about the same draft', () => {
    const tight = settingsSchema.parse({ ...SAMPLE_SETTINGS, publicReplyLimit: { cjkChars: 40, enWords: 20 } });
    for (const language of DRAFT_LANGUAGES) {
      const out = draft(language, '到貨太慢', { settings: tight });
      const finding = out.lint.public.find((f) => f.rule === 'too-long');
      expect(finding?.severity, language).toBe('warning');
    }
  });
});

describe('plain text everywhere', () => {
  const name = '<img src=x onerror=alert(1)>';
  const text = '<script>alert("x")</script> {{brand}} &lt;b&gt; 壞了';
  for (const language of DRAFT_LANGUAGES)
    it(`${language}: a customer's name and text come out literally, never as markup or template syntax`, () => {
      for (const tone of TONES) {
        const out = draftReplies({
          text,
          detection: detect(text),
          authorName: name,
          source: 'gmail',
          language,
          tone,
          settings: SAMPLE_SETTINGS,
        });
        expect(out.public).toContain(name);
        expect(out.private).toContain(name);
        expect(out.public).not.toContain('<script>');
        // {{brand}} inside the customer's text is not expanded: the brand appears only where the template puts it.
        expect(out.private).toContain('{{brand}}');
        expect(out.public).not.toMatch(/&lt;img|&amp;/);
      }
    });
});
