import { describe, expect, it } from 'vitest';
import { detect } from '../../detect';
import { SAMPLE_SETTINGS } from '../../settings/defaults';
import { lintReply, type LintOptions } from './lint';

/** Good replies that satisfy every rule, per language; bad ones are built by adding one fault. */
const GOOD = {
  public: {
    'zh-TW':
      '陳大明您好，謝謝您告訴我們，讓您有不好的感受，我們很抱歉。請撥打專線 02-2345-6789 分機 123，由林小姐為您處理；我們會在24小時內與您聯繫。',
    'zh-CN':
      '王伟您好，感谢您的反馈，给您带来不好的体验，我们深表歉意。请拨打专线 02-2345-6789 转 123，由林小姐为您跟进；我们会在24小时内联系您。',
    en: "Hi Jane, thank you for letting us know, and we're sorry for the experience. Please call our dedicated line 02-2345-6789 ext. 123 and ask for 林小姐. We will contact you within 24 hours.",
  },
  private: {
    'zh-TW':
      '陳大明您好：我是林小姐。您留下的原文如下，請確認是否正確。我們會在24小時內回覆您處理進度，專線 02-2345-6789 分機 123。',
    'zh-CN':
      '王伟您好：我是林小姐。您留下的原话如下，请确认是否准确。我们会在24小时内回复您处理进展，专线 02-2345-6789 转 123。',
    en: 'Hi Jane, I am 林小姐. Please confirm your message below is recorded correctly. I will get back to you within 24 hours; our dedicated line is 02-2345-6789 ext. 123.',
  },
} as const;

type Lang = 'zh-TW' | 'zh-CN' | 'en';
const run = (text: string, kind: 'public' | 'private', extra: Partial<LintOptions> = {}) =>
  lintReply(text, { kind, settings: SAMPLE_SETTINGS, quadrant: 'reasonable-not-responsible', ...extra });
const rules = (text: string, kind: 'public' | 'private', extra?: Partial<LintOptions>) =>
  run(text, kind, extra).map((f) => f.rule);

describe('good replies are quiet', () => {
  for (const kind of ['public', 'private'] as const)
    for (const lang of ['zh-TW', 'zh-CN', 'en'] as const)
      it(`${kind} ${lang}`, () => {
        expect(run(GOOD[kind][lang], kind)).toEqual([]);
      });
});

/** [rule, kind, { lang: text to append or a full replacement starting with '=' }] */
const CASES: [string, 'public' | 'private', Record<Lang, string>][] = [
  [
    'unauthorized-promise',
    'public',
    { 'zh-TW': '我們會馬上為您退款。', 'zh-CN': '我们会马上为您退款。', en: 'We will refund you in full.' },
  ],
  [
    'unauthorized-promise',
    'private',
    { 'zh-TW': '我保證不會再發生。', 'zh-CN': '我保证不会再发生。', en: 'I guarantee it will not happen again.' },
  ],
  [
    'unauthorized-promise',
    'private',
    {
      'zh-TW': '我們會免費寄一個新的給您。',
      'zh-CN': '我们会免费寄一个新的给您。',
      en: 'We will send a free replacement.',
    },
  ],
  [
    'legal-admission',
    'public',
    { 'zh-TW': '這完全是我們的錯。', 'zh-CN': '这完全是我们的错。', en: 'This is entirely our fault.' },
  ],
  [
    'toll-free-number',
    'public',
    { 'zh-TW': '也可撥 0800-000-123。', 'zh-CN': '也可拨打 400-123-4567。', en: 'Or call 1-800-555-0199.' },
  ],
  [
    'arguing',
    'public',
    {
      'zh-TW': '您誤會了，是您自己沒看清楚。',
      'zh-CN': '您误会了，是您自己没看清楚。',
      en: 'As I already said, you should have read the terms.',
    },
  ],
  [
    'echoes-personal-data',
    'public',
    {
      'zh-TW': '您的電話 0912-345-678 我們已記下。',
      'zh-CN': '您的手机 13812345678 我们已记录。',
      en: 'We have your email jane@example.com.',
    },
  ],
  [
    'over-apologising',
    'public',
    {
      'zh-TW': '真的很抱歉，再次致歉，對不起。',
      'zh-CN': '真的很抱歉，再次致歉，对不起。',
      en: 'Sorry again, we apologise, so sorry.',
    },
  ],
  ['shouting', 'public', { 'zh-TW': '請務必來電！！！', 'zh-CN': '请务必来电！！！', en: 'PLEASE CALL US NOW' }],
  [
    'too-long',
    'public',
    {
      'zh-TW': '我們非常重視每一位顧客的意見。'.repeat(10),
      'zh-CN': '我们非常重视每一位顾客的意见。'.repeat(10),
      en: 'We really value every single customer and their feedback. '.repeat(5),
    },
  ],
  [
    'missing-time-frame',
    'private',
    {
      'zh-TW': '=陳大明您好：我是林小姐，專線 02-2345-6789。請確認原文。',
      'zh-CN': '=王伟您好：我是林小姐，专线 02-2345-6789。请确认原话。',
      en: '=Hi Jane, I am 林小姐, line 02-2345-6789. Please confirm your message.',
    },
  ],
  [
    'missing-dedicated-line',
    'public',
    {
      'zh-TW': '=您好，抱歉讓您不愉快，請私訊林小姐，我們24小時內回覆。',
      'zh-CN': '=您好，抱歉让您不愉快，请私信林小姐，我们24小时内回复。',
      en: '=Hi Jane, sorry about this. Please message 林小姐; we will reply within 24 hours.',
    },
  ],
  [
    'missing-handler',
    'private',
    {
      'zh-TW': '=您好，請確認原文，我們24小時內回覆，專線 02-2345-6789。',
      'zh-CN': '=您好，请确认原话，我们24小时内回复，专线 02-2345-6789。',
      en: '=Hi, please confirm your message; we reply within 24 hours on 02-2345-6789.',
    },
  ],
  [
    'empty-stalling',
    'public',
    {
      'zh-TW': '=我們正在處理，請稍候。',
      'zh-CN': '=我们正在处理，请稍候。',
      en: '=We have received your request, please wait.',
    },
  ],
];

describe('each rule fires on a bad reply, in every language', () => {
  for (const [rule, kind, texts] of CASES)
    for (const lang of ['zh-TW', 'zh-CN', 'en'] as const)
      it(`${rule} (${kind}, ${lang})`, () => {
        const bad = texts[lang].startsWith('=') ? texts[lang].slice(1) : GOOD[kind][lang] + texts[lang];
        const findings = run(bad, kind);
        expect(findings.map((f) => f.rule)).toContain(rule);
        for (const f of findings) if (f.end > f.start) expect(bad.slice(f.start, f.end).length).toBe(f.end - f.start);
      });
});

describe('details', () => {
  it('never allows "our mistake" in public; a follow-up may say it in a responsible situation the CSM chose', () => {
    const text = GOOD.public['zh-TW'] + '這次是我們的疏失。';
    expect(rules(text, 'public', { quadrant: 'reasonable-not-responsible' })).toContain('legal-admission');
    expect(rules(text, 'public', { quadrant: 'reasonable-responsible' })).toContain('legal-admission');
    const letter = GOOD.private['zh-TW'] + '這次是我們的疏失。';
    expect(rules(letter, 'private', { quadrant: 'reasonable-responsible' })).not.toContain('legal-admission');
    expect(rules(letter, 'private', { quadrant: 'reasonable-not-responsible' })).toContain('legal-admission');
  });

  it('does not judge the customer’s own words quoted in the follow-up', () => {
    const customerText = '你應該保證不再發生，還要免費送我一個！';
    const text = `${GOOD.private['zh-TW']}\n「${customerText}」`;
    expect(rules(text, 'private', { customerText })).toEqual([]);
    expect(rules(text, 'private')).toContain('unauthorized-promise');
  });

  it('does not judge a quoted point of the customer’s, but still judges the reply’s own promise', () => {
    const customerText = 'My kettle has not arrived. I need it by Friday or I want a full refund. Regards, Tom';
    const readBack = `${GOOD.private.en}\n1. “I need it by Friday or I want a full refund”`;
    expect(rules(readBack, 'private', { customerText })).toEqual([]);
    const promise = `${GOOD.private.en}\nWe will give you a full refund.`;
    expect(rules(promise, 'private', { customerText })).toContain('unauthorized-promise');
    // Quoting words the customer never wrote is the reply speaking.
    const invented = `${GOOD.private.en}\n“We will send you a full refund”`;
    expect(rules(invented, 'private', { customerText })).toContain('unauthorized-promise');
  });

  it('says when a repeated number is the customer’s', () => {
    const customerText = '我的電話 0912-345-678';
    const text = GOOD.public['zh-TW'] + '會打 0912-345-678 給您。';
    const finding = run(text, 'public', { customerText, detection: detect(customerText) }).find(
      (f) => f.rule === 'echoes-personal-data',
    )!;
    expect(finding.message).toContain('customer');
    expect(text.slice(finding.start, finding.end)).toBe('0912-345-678');
  });

  it('does not flag the company’s own line and email as personal data', () => {
    const text = GOOD.public.en + ' You can also write to care@example.tw.';
    expect(rules(text, 'public')).toEqual([]);
  });

  it('treats 不一定 as no promise and 一定會退 as a warning', () => {
    expect(rules(GOOD.private['zh-TW'] + '結果不一定如您預期。', 'private')).toEqual([]);
    expect(
      run(GOOD.private['zh-TW'] + '我們一定會處理好。', 'private').map((f) => [f.rule, f.severity]),
    ).toContainEqual(['unauthorized-promise', 'warning']);
  });

  it('speaks the UI language', () => {
    const [finding] = run(GOOD.public['zh-TW'] + '我們會馬上為您退款。', 'public', { uiLocale: 'zh-TW' });
    expect(finding?.message).toContain('未經授權的承諾');
    const [cn] = run(GOOD.public['zh-TW'] + '我們會馬上為您退款。', 'public', { uiLocale: 'zh-CN' });
    expect(cn?.message).toContain('未经授权的承诺');
  });

  it('lints a 2,000-character reply quickly enough for typing (smoke, not a timing assertion)', () => {
    const long = GOOD.private['zh-TW'].repeat(Math.ceil(2000 / GOOD.private['zh-TW'].length)).slice(0, 2000);
    expect(() => run(long, 'private')).not.toThrow();
  });
});

/** More bad replies, so every rule × kind that the issue lists fires in all three languages. */
const MORE_CASES: [string, 'public' | 'private', Record<Lang, string>][] = [
  [
    'unauthorized-promise',
    'public',
    { 'zh-TW': '我們會賠償您的損失。', 'zh-CN': '我们会赔偿您的损失。', en: 'We will compensate you for the trouble.' },
  ],
  [
    'unauthorized-promise',
    'public',
    { 'zh-TW': '送您一張優惠券。', 'zh-CN': '送您一张优惠券。', en: 'Here is a voucher for you.' },
  ],
  [
    'legal-admission',
    'private',
    { 'zh-TW': '我們願意承擔法律責任。', 'zh-CN': '我们愿意承担法律责任。', en: 'We are legally liable for this.' },
  ],
  [
    'toll-free-number',
    'private',
    { 'zh-TW': '請改撥 0800-000-123。', 'zh-CN': '请改拨 400-123-4567。', en: 'Please call 1-800-555-0199 instead.' },
  ],
  [
    'arguing',
    'private',
    {
      'zh-TW': '我已經說過了，規定就是這樣。',
      'zh-CN': '我已经说过了，规定就是这样。',
      en: "As I already explained, that's not our problem.",
    },
  ],
  [
    'echoes-personal-data',
    'public',
    {
      'zh-TW': '訂單編號 TW20261124001 已查到。',
      'zh-CN': '订单号 CN20261124001 已查到。',
      en: 'We found order #20261124001.',
    },
  ],
  ['shouting', 'private', { 'zh-TW': '請您務必配合!!!', 'zh-CN': '请您务必配合!!!', en: 'THIS IS OUR FINAL ANSWER' }],
  [
    'missing-time-frame',
    'public',
    {
      'zh-TW': '=您好，讓您不愉快很抱歉，請撥專線 02-2345-6789 找林小姐。',
      'zh-CN': '=您好，让您不愉快很抱歉，请拨专线 02-2345-6789 找林小姐。',
      en: '=Hi Jane, sorry about this. Please call 02-2345-6789 and ask for 林小姐.',
    },
  ],
  [
    'missing-dedicated-line',
    'private',
    {
      'zh-TW': '=陳大明您好：我是林小姐，請確認原文，我們24小時內回覆。',
      'zh-CN': '=王伟您好：我是林小姐，请确认原话，我们24小时内回复。',
      en: '=Hi Jane, I am 林小姐. Please confirm your message; I will reply within 24 hours.',
    },
  ],
  [
    'missing-handler',
    'public',
    {
      'zh-TW': '=您好，讓您不愉快很抱歉，請撥專線 02-2345-6789，我們24小時內聯繫您。',
      'zh-CN': '=您好，让您不愉快很抱歉，请拨专线 02-2345-6789，我们24小时内联系您。',
      en: '=Hi Jane, sorry about this. Please call 02-2345-6789; we will contact you within 24 hours.',
    },
  ],
  [
    'empty-stalling',
    'private',
    {
      'zh-TW': '=您好，已收到您的訊息，請耐心等候。',
      'zh-CN': '=您好，已收到您的讯息，请耐心等候。',
      en: '=Hi, we have received your message. Please be patient.',
    },
  ],
  [
    'placeholder-left',
    'private',
    { 'zh-TW': '{{brand}} 敬上', 'zh-CN': '{{brand}} 敬上', en: 'Regards, {{handlerName}}' },
  ],
];

/** Near misses: wording close to each rule that is fine, appended to a good reply. Every rule stays quiet. */
const NEAR_MISSES: [string, 'public' | 'private', Record<Lang, string>][] = [
  [
    'unauthorized-promise',
    'private',
    {
      'zh-TW': '退款的相關規定，我確認後再向您說明，結果不一定如您預期。',
      'zh-CN': '退款的相关规定，我核实后再向您说明，结果不一定如您预期。',
      en: 'I will explain our refund policy once I have checked the details.',
    },
  ],
  [
    'legal-admission',
    'public',
    { 'zh-TW': '我們會檢討相關流程。', 'zh-CN': '我们会复盘相关流程。', en: 'We will review how this happened.' },
  ],
  [
    'toll-free-number',
    'private',
    {
      'zh-TW': '也可以寫信到 care@example.tw。',
      'zh-CN': '也可以写信到 care@example.tw。',
      en: 'You can also write to care@example.tw.',
    },
  ],
  [
    'arguing',
    'public',
    {
      'zh-TW': '可能是我們說明得不夠清楚。',
      'zh-CN': '可能是我们说明得不够清楚。',
      en: 'Perhaps we did not explain this clearly.',
    },
  ],
  [
    'echoes-personal-data',
    'public',
    {
      'zh-TW': '也可來信 care@example.tw。',
      'zh-CN': '也可来信 care@example.tw。',
      en: 'You can also write to care@example.tw.',
    },
  ],
  ['over-apologising', 'public', { 'zh-TW': '再次致歉。', 'zh-CN': '再次致歉。', en: 'Apologies again.' }],
  [
    'shouting',
    'private',
    {
      'zh-TW': '謝謝您！也可以透過 LINE 聯繫。',
      'zh-CN': '谢谢您！也可以查看 FAQ 页面。',
      en: 'Thanks! Our FAQ page may help too.',
    },
  ],
  [
    'empty-stalling',
    'private',
    { 'zh-TW': '我們正在處理中。', 'zh-CN': '我们正在处理中。', en: 'We are looking into it.' },
  ],
  ['too-long', 'public', { 'zh-TW': '', 'zh-CN': '', en: '' }],
];

describe('each rule fires on more bad replies, in every language', () => {
  for (const [rule, kind, texts] of MORE_CASES)
    for (const lang of ['zh-TW', 'zh-CN', 'en'] as const)
      it(`${rule} (${kind}, ${lang}): ${texts[lang]}`, () => {
        const bad = texts[lang].startsWith('=') ? texts[lang].slice(1) : GOOD[kind][lang] + texts[lang];
        expect(rules(bad, kind)).toContain(rule);
      });
});

describe('each rule stays quiet on a good reply with similar wording, in every language', () => {
  for (const [rule, kind, texts] of NEAR_MISSES)
    for (const lang of ['zh-TW', 'zh-CN', 'en'] as const)
      it(`${rule} (${kind}, ${lang}): ${texts[lang] || '(the good reply)'}`, () => {
        expect(run(GOOD[kind][lang] + texts[lang], kind)).toEqual([]);
      });

  it('severity: errors for policy breaches, warnings for style', () => {
    const severity = (text: string, kind: 'public' | 'private', rule: string) =>
      run(text, kind).find((f) => f.rule === rule)?.severity;
    expect(severity(GOOD.public.en + ' We will refund you in full.', 'public', 'unauthorized-promise')).toBe('error');
    expect(severity(GOOD.public.en + ' PLEASE CALL US NOW', 'public', 'shouting')).toBe('warning');
    expect(severity(GOOD.public.en + ' Sorry again, we apologise, so sorry.', 'public', 'over-apologising')).toBe(
      'warning',
    );
    expect(
      severity(
        'Hi Jane, sorry about this. Please call 02-2345-6789 and ask for 林小姐.',
        'public',
        'missing-time-frame',
      ),
    ).toBe('warning');
    expect(
      severity(
        'Hi Jane, I am 林小姐, line 02-2345-6789. Please confirm your message.',
        'private',
        'missing-time-frame',
      ),
    ).toBe('error');
  });
});

/** The misses and false alarms a demanding CSM found (issue 10, point 9), in three languages. */
describe('promises, freebies, lectures and public admissions', () => {
  const cases: [string, 'public' | 'private', string][] = [
    ['unauthorized-promise', 'public', '送您一張500元購物金。'],
    ['unauthorized-promise', 'public', '送您一张500元购物金。'],
    ['unauthorized-promise', 'public', '運費我們吸收，會直接幫您換一台新的。'],
    ['unauthorized-promise', 'public', '运费我们承担，会直接帮您换一台新的。'],
    ['unauthorized-promise', 'private', '我們會馬上補寄一台新的給您。'],
    ['unauthorized-promise', 'private', '我们会马上补寄一台新的给您。'],
    ['unauthorized-promise', 'public', '我們一定給您一個滿意的交代。'],
    ['unauthorized-promise', 'public', "We'll send you a new one and cover the shipping."],
    ['unauthorized-promise', 'public', 'Here is a $20 voucher for the trouble.'],
    ['unauthorized-promise', 'public', "We'll make it right, you will be fully satisfied."],
    ['legal-admission', 'public', '這完全是我們公司的責任。'],
    ['legal-admission', 'public', '这完全是我们公司的责任。'],
    ['legal-admission', 'public', 'This is entirely our fault.'],
    ['lecturing', 'public', '下單前要看清楚喔。'],
    ['lecturing', 'public', '下单前要看清楚哦。'],
    ['lecturing', 'private', '使用前請先詳閱說明書，下次請注意。'],
    ['lecturing', 'public', 'Next time, please make sure you read the description.'],
  ];
  for (const [rule, kind, addition] of cases)
    it(`${rule}: “${addition}”`, () => {
      const base = /[a-z]/i.test(addition[0]!) ? GOOD[kind].en : GOOD[kind]['zh-TW'];
      expect(rules(`${base}${addition}`, kind)).toContain(rule);
    });

  it('no false alarm on a self-critical apology', () => {
    for (const kind of ['public', 'private'] as const) {
      expect(run(GOOD[kind]['zh-TW'] + '可能是我們活動頁上的說明不夠清楚，讓您誤會了。', kind)).toEqual([]);
      expect(run(GOOD[kind]['zh-CN'] + '可能是我们活动页上的说明不够清楚，让您误会了。', kind)).toEqual([]);
      expect(run(GOOD[kind].en + ' Perhaps our page did not explain this clearly.', kind)).toEqual([]);
    }
  });

  it('accepts the English line in +886 form and the English handler name from the localized settings', () => {
    const english =
      'Hi Jane, I am Ms. Lin. Here are the points you raised; please confirm them. I will get back to you by noon on Monday 14 December. You can also call +886-2-2345-6789 ext. 123.';
    expect(run(english, 'private')).toEqual([]);
    const publicReply =
      "Hi Jane, thanks for telling us, and we're sorry for the experience. Please call our dedicated line +886 2 2345 6789 and ask for Ms. Lin. We will contact you by noon on Monday 14 December.";
    expect(run(publicReply, 'public')).toEqual([]);
  });

  it('recognises concrete time frames within working hours', () => {
    for (const frame of ['12/14（一）中午前', '12月14日（周一）中午前', '12/14（一）18:00 前']) {
      const text = '陳大明您好：我是林小姐，專線 02-2345-6789。我們會在' + frame + '回覆您。';
      expect(rules(text, 'private')).not.toContain('missing-time-frame');
    }
  });

  it('an answer, thanks or a closing note need no line, handler or time frame', () => {
    for (const purpose of ['answer', 'thanks', 'closing'] as const)
      expect(run('陳大明您好，謝謝您的支持！', 'public', { purpose })).toEqual([]);
    expect(rules('陳大明您好，謝謝您的支持！', 'public')).toContain('missing-dedicated-line');
  });
});
