import { describe, expect, it } from 'vitest';
import { detect } from '../detect';
import { CATEGORIES, QUADRANTS, type DetectionResult } from '../detect/types';
import { DEFAULT_SETTINGS, SAMPLE_SETTINGS } from '../settings/defaults';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import { draftReplies } from './draft';
import { lintReply } from './lint/lint';
import { renderTemplate } from './render';
import { selectTemplate } from './select';
import { DRAFT_LANGUAGES, type Template } from './types';
import { buildVariables } from './variables';

const CUSTOMER = {
  'zh-TW': '第三次了還是沒收到貨，訂單編號 TW20261124001，電話 0912-345-678，再不處理我就找消保官！',
  'zh-CN': '第三次了还是没收到货，订单号 CN20261124001，电话 13812345678，再不处理我就去12315投诉！',
  en: 'Third time asking: order #20261124 still has not arrived. Call me on 415-555-0100 or I will dispute the charge.',
} as const;

describe('every built-in template', () => {
  // Walks language × quadrant × category × tone for both reply kinds.
  for (const language of DRAFT_LANGUAGES) {
    for (const quadrant of QUADRANTS) {
      for (const category of CATEGORIES) {
        for (const tone of ['formal', 'warm'] as const) {
          it(`${language} ${quadrant} ${category} ${tone}: drafts with no lint errors`, () => {
            const text = CUSTOMER[language];
            const out = draftReplies({
              text,
              detection: detect(text),
              authorName: '陳大明',
              source: 'facebook',
              language,
              quadrant,
              category,
              tone,
              settings: SAMPLE_SETTINGS,
            });
            expect(out.lint.public.filter((f) => f.severity === 'error')).toEqual([]);
            expect(out.lint.private.filter((f) => f.severity === 'error')).toEqual([]);
            expect(out.public).toContain('2345-6789');
            expect(out.public).toContain(language === 'en' ? 'Ms. Lin' : '林小姐');
            // The points are read back; the customer's phone number and order number are not.
            expect(out.private).toMatch(/沒收到貨|没收到货|has not arrived/);
            for (const secret of ['0912-345-678', '13812345678', '415-555-0100', 'TW20261124001', 'CN20261124001'])
              expect(out.private).not.toContain(secret);
          });
        }
      }
    }
  }

  it('covers every built-in template at least once', () => {
    const used = new Set<string>();
    for (const language of DRAFT_LANGUAGES)
      for (const quadrant of QUADRANTS)
        for (const category of CATEGORIES)
          for (const tone of ['formal', 'warm'] as const)
            for (const kind of ['public', 'private'] as const)
              for (let seed = 0; seed < 12; seed++)
                used.add(selectTemplate({ language, kind, quadrant, category, tone }, [], seed).id);
    expect([...used].sort()).toEqual(BUILTIN_TEMPLATES.map((t) => t.id).sort());
  });
});

describe('public reply', () => {
  it('never repeats the personal data of the comment, in any language', () => {
    for (const language of DRAFT_LANGUAGES) {
      const text = CUSTOMER[language];
      const out = draftReplies({
        text,
        detection: detect(text),
        source: 'facebook',
        language,
        settings: SAMPLE_SETTINGS,
      });
      for (const secret of [
        '0912-345-678',
        '13812345678',
        '415-555-0100',
        'TW20261124001',
        'CN20261124001',
        '20261124',
      ])
        expect(out.public).not.toContain(secret);
      expect(out.lint.public.some((f) => f.rule === 'echoes-personal-data')).toBe(false);
    }
  });

  it('is a limited apology: one apology, no refund or compensation promise, within the length limit', () => {
    const text = '我要退款，還要賠償！';
    const out = draftReplies({
      text,
      detection: detect(text),
      source: 'facebook',
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
    });
    expect((out.public.match(/抱歉|道歉|對不起/g) ?? []).length).toBe(1);
    expect(out.public).not.toMatch(/退款|賠償|補償|免費/);
    expect((out.public.match(/[\u4e00-\u9fff]/g) ?? []).length).toBeLessThanOrEqual(150);
  });

  it('never admits fault in public; the follow-up admits it only in a responsible situation the CSM chose', () => {
    const text = '寄錯商品了';
    const responsible = draftReplies({
      text,
      detection: detect(text),
      source: 'facebook',
      language: 'zh-TW',
      quadrant: 'reasonable-responsible',
      settings: SAMPLE_SETTINGS,
    });
    const notResponsible = draftReplies({
      text,
      detection: detect(text),
      source: 'facebook',
      language: 'zh-TW',
      quadrant: 'reasonable-not-responsible',
      settings: SAMPLE_SETTINGS,
    });
    expect(responsible.public).not.toMatch(/疏失|我們的錯/);
    expect(notResponsible.public).not.toMatch(/疏失|我們的錯/);
    expect(responsible.private).toContain('這次確實是我們的疏失');
    expect(notResponsible.private).not.toContain('疏失');
    const hinted = draftReplies({
      text,
      detection: detect(text),
      source: 'facebook',
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
    });
    expect(hinted.private).not.toContain('疏失');
  });
});

describe('private follow-up', () => {
  it('greets by name, reads back the points, asks to confirm, gives handler, line, hours and time frame', () => {
    const text = '  東西壞了，客服態度又差\n我要換貨  ';
    const out = draftReplies({
      text,
      detection: detect(text),
      authorName: '陳大明',
      source: 'gmail',
      language: 'zh-TW',
      settings: { ...SAMPLE_SETTINGS, dedicatedLine: { ...SAMPLE_SETTINGS.dedicatedLine, schedule: undefined } },
    });
    expect(out.private).toMatch(/^陳大明 您好/);
    expect(out.private).toContain('1. 「東西壞了，客服態度又差」\n2. 「我要換貨」');
    expect(out.private).toContain('確認');
    expect(out.private).toContain('林小姐（林雅婷）');
    expect(out.private).toContain('02-2345-6789 分機 123（服務時間：週一至週五 09:00–18:00）');
    expect(out.private).toContain('24小時內');
    expect(out.private).toContain('商品照片'); // information needed for a quality complaint
  });

  it('draws the service boundary when the customer asks for a paid service', () => {
    const text = '你們的廣告代操根本沒效果，花了錢什麼都沒有';
    const out = draftReplies({
      text,
      detection: detect(text),
      source: 'gmail',
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
    });
    expect(out.private).toContain('廣告代操屬於另外收費的服務');
    expect(out.private).toContain('目前我能先為您做的是：頁面修改建議');
    expect(out.private).not.toContain('協助初步設定廣告'); // the bonus only when the CSM offers it
    const bonus = draftReplies({
      text,
      detection: detect(text),
      source: 'gmail',
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
      offerBonus: true,
    });
    expect(bonus.private).toContain('另外，這次我們也可以額外為您提供：協助初步設定廣告；這項協助一般屬於付費服務');
    const plain = draftReplies({
      text: '東西壞了',
      detection: detect('東西壞了'),
      source: 'gmail',
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
    });
    expect(plain.private).not.toContain('另外收費');
  });

  it('includes chosen FAQ answers', () => {
    const text = 'Where is my order?';
    const out = draftReplies({
      text,
      detection: detect(text),
      source: 'gmail',
      language: 'en',
      settings: SAMPLE_SETTINGS,
      faq: [
        {
          id: 'ship',
          question: 'Shipping time',
          answer: 'Orders ship within 2 working days.',
          tags: ['shipping'],
          language: 'en',
        },
      ],
    });
    expect(out.private).toContain('You may also find this helpful:\nOrders ship within 2 working days.');
  });
});

describe('missing settings', () => {
  it('still drafts, with visible placeholders and a lint error pointing to the options', () => {
    const text = '我要退款';
    const out = draftReplies({
      text,
      detection: detect(text),
      source: 'facebook',
      language: 'zh-TW',
      settings: DEFAULT_SETTINGS,
    });
    expect(out.public).toContain('【請在設定填寫專線】');
    expect(out.public).toContain('【請在設定填寫承辦人】');
    const rules = out.lint.public.filter((f) => f.severity === 'error').map((f) => f.rule);
    expect(rules).toContain('missing-dedicated-line');
    expect(rules).toContain('missing-handler');
    const lineError = out.lint.public.find((f) => f.rule === 'missing-dedicated-line')!;
    expect(out.public.slice(lineError.start, lineError.end)).toBe('【請在設定填寫專線】');
    const en = draftReplies({
      text: 'refund please',
      detection: detect('refund please'),
      source: 'facebook',
      language: 'en',
      settings: DEFAULT_SETTINGS,
    });
    expect(en.public).toContain('[set your dedicated line in Options]');
  });
});

describe('plain text only', () => {
  it('inserts names and texts literally: no HTML, no template re-expansion', () => {
    const name = '<img src=x onerror=alert(1)>{{brand}}';
    const text = 'Call {{dedicatedLine}} <script>alert(1)</script> {{handlerName}}';
    const out = draftReplies({
      text,
      detection: detect(text),
      authorName: name,
      source: 'facebook',
      language: 'en',
      messageKind: 'complaint',
      settings: SAMPLE_SETTINGS,
    });
    expect(out.private).toContain(`Hi ${name},`);
    expect(out.private).toContain(`“${text}”`); // read back as typed, quoted
    expect(out.public).toContain(`Hi ${name},`);
    expect(out.private.match(/Little Days Select/g)?.length).toBe(2); // brand only where the template puts it
  });

  it('renders unknown variables visibly and reports them', () => {
    expect(renderTemplate('Hi {{customerName}}, {{nope}}', { customerName: 'Jane' })).toEqual({
      text: 'Hi Jane, {{nope}}',
      unknown: ['nope'],
    });
  });

  it('drops lines whose variables are all empty, never touching inserted text', () => {
    const body = 'A\n\n{{boundary}}\n\n{{verbatim}}\n\nB';
    expect(renderTemplate(body, { boundary: '', verbatim: 'x\n\n\n\ny' }).text).toBe('A\n\nx\n\n\n\ny\n\nB');
  });
});

describe('templates', () => {
  const user: Template = {
    id: 'mine.delivery',
    name: 'Delivery',
    language: 'zh-TW',
    kind: 'public',
    quadrant: 'any',
    category: 'delivery',
    tone: 'any',
    body: '{{salutation}}，物流延誤很抱歉，請撥 {{contactLine}} 找{{handlerTitle}}，我們{{deadline}}聯繫您。',
  };
  it('prefers a matching user template over every built-in one, else the most specific built-in', () => {
    expect(
      selectTemplate(
        {
          language: 'zh-TW',
          kind: 'public',
          quadrant: 'reasonable-not-responsible',
          category: 'delivery',
          tone: 'formal',
        },
        [user],
      ).id,
    ).toBe('mine.delivery');
    // The user's template matches (quadrant "any"), so it beats the more specific built-in for this quadrant.
    expect(
      selectTemplate(
        { language: 'zh-TW', kind: 'public', quadrant: 'reasonable-responsible', category: 'delivery', tone: 'formal' },
        [user],
      ).id,
    ).toBe('mine.delivery');
    // No user template matches: the most specific built-in.
    expect(
      selectTemplate(
        {
          language: 'zh-TW',
          kind: 'public',
          quadrant: 'reasonable-not-responsible',
          category: 'quality',
          tone: 'formal',
        },
        [user],
      ).id,
    ).toBe('builtin.zh-TW.public.formal');
    expect(
      selectTemplate(
        { language: 'zh-TW', kind: 'public', quadrant: 'reasonable-responsible', category: 'quality', tone: 'formal' },
        [user],
      ).id,
    ).toMatch(/^builtin\.zh-TW\.public\.formal/); // no separate "responsible" public reply: it never admits fault
    expect(
      selectTemplate(
        {
          language: 'zh-TW',
          kind: 'private',
          quadrant: 'reasonable-not-responsible',
          category: 'delivery',
          tone: 'formal',
        },
        [user],
      ).id,
    ).toBe('builtin.zh-TW.private.formal');
    expect(
      selectTemplate(
        {
          language: 'en',
          kind: 'public',
          quadrant: 'reasonable-not-responsible',
          category: 'delivery',
          tone: 'formal',
        },
        [user],
      ).id,
    ).toBe('builtin.en.public.formal');
  });

  it('uses a fully generic user template (any quadrant, category and tone) instead of the built-ins', () => {
    const generic: Template = { ...user, id: 'mine.generic', category: 'any' };
    for (const quadrant of QUADRANTS)
      for (const category of CATEGORIES)
        for (const tone of ['formal', 'warm'] as const)
          expect(selectTemplate({ language: 'zh-TW', kind: 'public', quadrant, category, tone }, [generic]).id).toBe(
            'mine.generic',
          );
  });

  it('picks the most specific of several matching user templates, the first on a tie', () => {
    const generic: Template = { ...user, id: 'mine.generic', category: 'any' };
    const responsible: Template = {
      ...user,
      id: 'mine.responsible',
      category: 'any',
      quadrant: 'reasonable-responsible',
    };
    const twin: Template = { ...user, id: 'mine.delivery-2' };
    const q = { language: 'zh-TW', kind: 'public', category: 'delivery', tone: 'warm' } as const;
    expect(selectTemplate({ ...q, quadrant: 'reasonable-responsible' }, [generic, user, responsible]).id).toBe(
      'mine.responsible',
    );
    expect(selectTemplate({ ...q, quadrant: 'reasonable-not-responsible' }, [generic, user, twin]).id).toBe(
      'mine.delivery',
    );
    expect(selectTemplate({ ...q, quadrant: 'reasonable-not-responsible' }, [generic, twin, user]).id).toBe(
      'mine.delivery-2',
    );
  });

  it('is what draftReplies uses: the user template text reaches the public draft', () => {
    const text = '到貨太慢了';
    const out = draftReplies({
      text,
      detection: detect(text),
      source: 'facebook',
      language: 'zh-TW',
      category: 'delivery',
      settings: SAMPLE_SETTINGS,
      library: { version: 1, templates: [user], faq: [] },
    });
    expect(out.templates.public).toBe('mine.delivery');
    expect(out.public).toContain('物流延誤很抱歉');
  });

  it('builds every documented variable', () => {
    const vars = buildVariables({
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
      customerText: 'x',
      quadrant: 'reasonable-responsible',
      category: 'delivery',
    });
    expect(vars.deadline).toBe('24小時內'.replace('24小時內', vars.deadline)); // concrete with a schedule (below)
    const plain = buildVariables({
      language: 'zh-TW',
      settings: { ...SAMPLE_SETTINGS, dedicatedLine: { ...SAMPLE_SETTINGS.dedicatedLine, schedule: undefined } },
      customerText: 'x',
      quadrant: 'reasonable-responsible',
      category: 'delivery',
    });
    expect(plain.deadline).toBe('24小時內');
    const friday = buildVariables({
      language: 'zh-TW',
      settings: SAMPLE_SETTINGS,
      customerText: 'x',
      quadrant: 'reasonable-responsible',
      category: 'delivery',
      receivedAt: Date.UTC(2026, 11, 11, 12), // Friday 20:00 in Taipei
    });
    expect(friday.deadline).toBe('12/14（一）中午前');
    expect(vars.contactLine).toBe('02-2345-6789 分機 123（服務時間：週一至週五 09:00–18:00）');
    expect(vars.salutation).toBe('您好');
  });
});

describe('lint of drafts in hand-made detections', () => {
  it('accepts a detection built by hand (drafting does not depend on the detector)', () => {
    const detection: DetectionResult = {
      complaint: true,
      score: 0.9,
      severity: 'high',
      categories: ['delivery'],
      language: 'en',
      need: 'concrete',
      quadrantHint: {
        quadrant: 'reasonable-responsible',
        motiveReasonable: true,
        companyResponsible: true,
        reasons: ['late-delivery'],
      },
      signals: [{ kind: 'personal_data', label: 'phone', start: 8, end: 20, text: '415-555-0100' }],
      containsPersonalData: true,
    };
    const out = draftReplies({
      text: 'Call me 415-555-0100',
      detection,
      source: 'facebook',
      settings: SAMPLE_SETTINGS,
    });
    expect(out.language).toBe('en');
    expect(out.category).toBe('delivery');
    expect(lintReply(out.public, { kind: 'public', settings: SAMPLE_SETTINGS, detection })).toEqual([]);
  });
});

describe('a request for a paid service', () => {
  const draftFor = (text: string) =>
    draftReplies({ text, source: 'gmail', detection: detect(text), settings: SAMPLE_SETTINGS, authorName: 'Olivia' });
  it('is handled as a reasonable request the company is not responsible for, unless a company error is named', () => {
    const request = draftFor(
      'Our campaign page looks terrible. Can you run some paid ads and find influencers for us?',
    );
    expect(request.quadrant).toBe('reasonable-not-responsible');
    expect(request.private).not.toMatch(/if it turns out to be on our side/);
    // A complaint about the company's own mistake keeps the detector's suggestion.
    const text = 'You sent me the wrong item and charged me twice.';
    expect(draftFor(text).quadrant).toBe(detect(text).quadrantHint.quadrant);
  });
});
