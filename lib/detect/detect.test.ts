import { describe, expect, it } from 'vitest';
import { detect, detectionResultSchema, detectLanguage, thresholdFor, type SignalKind } from './index';
import { normaliseForModel, MENTION_TOKEN, NUMBER_TOKEN, URL_TOKEN, EMAIL_TOKEN, MODEL_WINDOW } from './normalise';

const kinds = (text: string) => new Set(detect(text).signals.map((s) => s.kind));
const labels = (text: string, kind: SignalKind) =>
  detect(text)
    .signals.filter((s) => s.kind === kind)
    .map((s) => s.label);

describe('normalisation for the model', () => {
  it('folds width, case, script, elongation, URLs, mentions, emails and numbers', () => {
    expect(normaliseForModel('ＲＥＦＵＮＤ　soooo bad!!!! 還是沒收到')).toBe('refund soo bad!! 还是没收到');
    expect(normaliseForModel('@FC_Help see https://x.co/a and mail me a@b.co, order 12345')).toBe(
      `${MENTION_TOKEN} see ${URL_TOKEN} and mail me ${EMAIL_TOKEN} , order ${NUMBER_TOKEN}`,
    );
  });

  it('keeps emoji as features', () => {
    expect(normaliseForModel('難吃😡😡😡😡')).toBe('难吃😡😡');
  });

  it('analyses a bounded window of a long text', () => {
    expect(normaliseForModel('壞'.repeat(MODEL_WINDOW * 3)).length).toBeLessThanOrEqual(MODEL_WINDOW);
  });

  it('makes Traditional and Simplified texts identical', () => {
    expect(normaliseForModel('東西壞了，客服態度又差')).toBe(normaliseForModel('东西坏了，客服态度又差'));
  });
});

describe('language', () => {
  it.each([
    ['東西壞了，客服態度又差', 'zh-TW'],
    ['东西坏了，客服态度又差', 'zh-CN'],
    ['Still no refund after 3 weeks.', 'en'],
    ['我的 iPhone 又壞了，Apple 客服都不理', 'zh-TW'],
    ['我的 iPhone 又坏了，Apple 客服都不理', 'zh-CN'],
    ['商品を返品したいです', 'other'],
    ['😀😀😀', 'other'],
    ['', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('signals, in all three languages (phrasing from the source articles and fan pages)', () => {
  it.each<[SignalKind, string[]]>([
    [
      'refund_demand',
      [
        '我要退款，不然退費也可以',
        '我要退款',
        '请马上赔偿我的损失',
        'I want a refund now',
        'You need to compensate me',
      ],
    ],
    [
      'escalation',
      [
        '再不處理我就找消保官',
        '我要去消协投诉',
        '我會提告，法院見',
        '找媒體爆料',
        'I will contact my lawyer',
        "I'm filing a chargeback",
        'Reporting you to the BBB',
      ],
    ],
    [
      'repetition',
      ['這已經是第三次了', '还是没有收到', '又送錯了', 'This is the third time', 'Still not fixed', 'It broke again'],
    ],
    ['urgency', ['請馬上處理', '请尽快回复', 'Fix this ASAP', 'I need this urgently']],
    ['insult', ['你們是詐騙集團嗎，垃圾店', '骗子商家', 'You are a bunch of scammers', 'Incompetent staff, wtf']],
    [
      'health_safety',
      [
        '吃完拉肚子，疑似食物中毒',
        '小孩吃了過敏了',
        '吃到头发和虫子',
        'I got food poisoning from your burger',
        'My son had an allergic reaction',
      ],
    ],
    [
      'inflated_demand',
      [
        '要求十倍賠償',
        '我要書面道歉',
        '要求公开道歉并开除那个员工',
        'I demand double the refund and a written apology',
        'Fire that employee or I will post this everywhere',
      ],
    ],
    ['concrete_fact', ['11月20日訂的，付了 NT$1,280', '等了3个小时', 'Ordered on Monday, paid $45']],
    ['personal_data', ['我的電話 0912-345-678', '邮箱 jane@example.com', 'Order #123456 never came']],
  ])('%s', (kind, texts) => {
    for (const text of texts) expect(kinds(text), text).toContain(kind);
  });

  it('labels escalations precisely and ignores harmless mentions of the same words', () => {
    expect(labels('再不處理我就找消保官', 'escalation')).toContain('consumer-protection');
    expect(labels('打 1950 申訴', 'escalation')).toContain('consumer-protection');
    expect(labels('我要打12315', 'escalation')).toContain('consumer-protection');
    expect(labels('這本書是記者寫的回憶錄', 'escalation')).toEqual([]);
    expect(labels('The news app is great', 'escalation')).toEqual([]);
  });

  it('gives spans into the original text, even Traditional and full-width text', () => {
    const text = '　第三次了！還是沒收到，ＲＥＦＵＮＤ please';
    const result = detect(text);
    expect(result.signals.length).toBeGreaterThan(0);
    for (const s of result.signals) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(result.signals.some((s) => s.kind === 'refund_demand' && s.text === 'ＲＥＦＵＮＤ')).toBe(true);
  });
});

describe('verdict and severity', () => {
  it.each([
    ['第三次了還是沒收到貨，再不退款我就找消保官', true, 'critical'],
    ['吃完拉肚子，要求十倍賠償', true, 'critical'],
    ["Still no refund after 3 weeks. I'm going to dispute the charge.", true, 'critical'],
    ['已經第三次送錯了，到底在搞什麼', true, 'high'],
    ['你們這些騙子，垃圾店', true, 'high'],
    ['The app keeps crashing every time I log in. Third time this week!!', true, 'high'],
    ['我要退款', true, 'medium'],
    ['等了兩個小時還沒送到，餐都冷了', true, 'medium'],
    ['谢谢，很好吃！', false, 'none'],
    ['超好吃！下次還會再來', false, 'none'],
    ['請問有實體店嗎？', false, 'none'],
    ['请问周末营业吗？', false, 'none'],
    ['Love this place, thank you!', false, 'none'],
  ])('%s → complaint %s, %s', (text, complaint, severity) => {
    const result = detect(text);
    expect(result.complaint).toBe(complaint);
    expect(result.severity).toBe(severity);
  });

  it('scores Traditional and Simplified versions of a complaint alike', () => {
    const tw = detect('東西壞了，客服態度又差，我要退貨');
    const cn = detect('东西坏了，客服态度又差，我要退货');
    expect(Math.abs(tw.score - cn.score)).toBeLessThan(0.02);
    expect(tw.severity).toBe(cn.severity);
  });

  it('flags more texts at a higher sensitivity', () => {
    expect(thresholdFor(1)).toBeLessThan(thresholdFor(0.5));
    expect(thresholdFor(0)).toBeGreaterThan(thresholdFor(0.5));
    const borderline = '還可以，但是包裝有點簡陋';
    expect(detect(borderline, { sensitivity: 1 }).score).toBe(detect(borderline, { sensitivity: 0 }).score);
    expect(detect(borderline, { sensitivity: 1 }).complaint || !detect(borderline, { sensitivity: 0 }).complaint).toBe(
      true,
    );
  });
});

describe('categories, need and quadrant hints', () => {
  it.each([
    ['包裹寄了一週還沒到', 'delivery'],
    ['收到的杯子有裂痕，品質很差', 'quality'],
    ['信用卡被重複扣款兩次', 'billing'],
    ['客服態度很差，已讀不回', 'service'],
    ['App 一直閃退，登入不了', 'account'],
    ['特價活動根本是騙人的，價格比平常還貴', 'price'],
    ['吃完拉肚子', 'health'],
    ['你們把我的個資外洩了', 'privacy'],
    ['Charged twice for one order', 'billing'],
    ['Package never arrived', 'delivery'],
  ])('%s → %s', (text, category) => {
    expect(detect(text, { sensitivity: 0.9 }).categories).toContain(category);
  });

  it('tells venting from concrete needs', () => {
    expect(detect('爛透了，氣死我了！！').need).toBe('venting');
    expect(detect('訂單 12345678 在 11/20 訂的，請幫我查一下').need).toBe('concrete');
    expect(detect('氣死！！11/20 訂的到現在還沒到，請退款').need).toBe('mixed');
  });

  it('hints the quadrant with reasons', () => {
    expect(detect('寄錯商品了，請幫我換貨').quadrantHint).toMatchObject({
      quadrant: 'reasonable-responsible',
      reasons: ['wrong-item'],
    });
    expect(detect('信用卡被扣了兩次').quadrantHint.reasons).toContain('charged-twice');
    expect(detect('我要十倍賠償，還要書面道歉').quadrantHint).toMatchObject({ motiveReasonable: false });
    expect(detect('我以為運費是免費的，為什麼要收錢').quadrantHint).toMatchObject({
      quadrant: 'reasonable-not-responsible',
      reasons: ['expectation-gap'],
    });
  });
});

describe('result schema and hostile input', () => {
  const hostile = [
    '',
    '   \n\t ',
    '\u0000\u0001\u0007\u001b[31mred\u001b[0m',
    '\uD800 lone \uDC00 surrogates \uD83D',
    '😀😡👨‍👩‍👧🙏',
    '<script>alert(1)</script><img src=x onerror=alert(1)>',
    '退款'.repeat(600_000),
  ];
  it.each(hostile.map((t) => [t.slice(0, 30), t]))('never throws and validates: %j', (_label, text) => {
    const result = detect(text);
    expect(detectionResultSchema.parse(result)).toEqual(result);
    for (const s of result.signals) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('treats empty and whitespace-only text as no complaint', () => {
    expect(detect('')).toMatchObject({ complaint: false, score: 0, severity: 'none', signals: [] });
    expect(detect(' \n ')).toMatchObject({ complaint: false, severity: 'none' });
  });
});

describe('misreadings of issue 11', () => {
  it('does not read "the second time I ask" or "never again" as a repeated complaint', () => {
    expect(labels('我才問第二次怎麼操作', 'repetition')).toEqual([]);
    expect(labels('這是我第二次買，還是很喜歡', 'repetition')).toEqual([]);
    expect(labels('Never again.', 'repetition')).toEqual([]);
    expect(labels("I'll definitely order again", 'repetition')).toEqual([]);
    // …while real repeats still are.
    expect(labels('這已經是第三次了', 'repetition')).toContain('nth-time');
    expect(labels('第二次送錯了', 'repetition')).toContain('nth-time');
    expect(labels('It broke again', 'repetition')).toContain('again');
  });

  it('does not read a wish for more exposure as a threat to go public', () => {
    expect(labels('平台到底有沒有幫我們曝光', 'escalation')).toEqual([]);
    expect(labels('再不處理我就要曝光你們', 'escalation')).toContain('public-exposure');
  });

  it('does not read an expired coupon or warranty as a health issue', () => {
    expect(kinds('優惠券過期了不能用')).not.toContain('health_safety');
    expect(kinds('The warranty expired last month')).not.toContain('health_safety');
    expect(kinds('收到的牛奶是過期的')).toContain('health_safety');
  });

  it('hears written Cantonese and mixed reviews', () => {
    expect(labels('好難食…難食到嘔，唔會再嚟', 'dissatisfaction')).toContain('cantonese');
    expect(labels('只有氣氛好，其他都普通', 'dissatisfaction')).toContain('only-good');
    expect(labels('環境很漂亮，可惜餐點普通', 'dissatisfaction')).toContain('mixed-review');
  });

  it('hears Taiwanese review slang, but not its negations', () => {
    for (const t of ['這間踩雷了', '雷店，不推', 'CP值偏低', '吃起來就那樣，不會再回訪'])
      expect(labels(t, 'dissatisfaction')).toContain('slang');
    for (const t of ['果然沒有踩雷', '以為會很雷', 'CP值很高', '普普通通的午餐'])
      expect(labels(t, 'dissatisfaction')).not.toContain('slang');
  });

  it('does not read a repeat purchase or "funny to the point of shock" as a complaint cue', () => {
    expect(kinds('已經回購第三次了')).not.toContain('repetition');
    expect(kinds('好吃到傻眼')).not.toContain('dissatisfaction');
  });

  it('does not flag praise of staff, or a teasing comment from a customer who bought anyway', () => {
    expect(detect('服務員Mabel的服務態度親切有耐心').complaint).toBe(false);
    expect(detect('小編這篇文案是認真的嗎 笑死 但我還是下單了😂').complaint).toBe(false);
  });

  it('caps banter: laughing, tagging a friend, a giveaway — unless something negative is said', () => {
    for (const t of ['@阿明 這不就是你嗎', '笑死 這個小編一定是新來的', '抽獎 +1 @小美 @阿華'])
      expect(detect(t).score).toBeLessThanOrEqual(0.4);
    expect(detect('@小編 等了三天都沒回，我的訂單呢').complaint).toBe(true);
    expect(detect('穿出去會被人笑死，品質很差').complaint).toBe(true);
  });
});

describe('quadrant from what happened, need from what is asked', () => {
  it.each([
    ['寄來的是黑色，我訂的是白色，請幫我換貨', 'reasonable-responsible', 'concrete'],
    ['我自己不小心從樓梯摔下去，螢幕裂了，想問維修要多少錢', 'reasonable-not-responsible', 'concrete'],
    ['濾網我有拿去水洗，現在吸力變弱了，你們的產品也太爛了吧', 'reasonable-not-responsible', 'venting'],
    [
      'I washed the jacket in hot water and it shrank, I want a new one for free',
      'unreasonable-not-responsible',
      'concrete',
    ],
    ['保固已經過了，但你們應該免費幫我修，不然我就給一星負評', 'unreasonable-not-responsible', 'mixed'],
    ['你们信用卡重复扣款两次，请尽快退还', 'reasonable-responsible', 'concrete'],
    ['活動規定寫滿千才能折，太小氣了', 'reasonable-not-responsible', 'venting'],
    // Inflated demands are pressure: they count as emotion beside the request.
    ['送錯了還要我等一週，我要十倍賠償', 'unreasonable-responsible', 'mixed'],
  ])('%s → %s, %s', (text, quadrant, need) => {
    const result = detect(text);
    expect(result.quadrantHint.quadrant).toBe(quadrant);
    expect(result.need).toBe(need);
  });

  it('says why', () => {
    expect(detect('我自己摔壞的，要你們免費換新').quadrantHint.reasons).toEqual(['free-demand', 'customer-handling']);
    expect(detect('等了兩個小時還沒送到，餐都冷了').quadrantHint.reasons).toContain('late-delivery');
  });
});

describe('a question about damage the customer caused', () => {
  it('is a question, not a complaint, unless it also complains or asks for redress', () => {
    expect(detect('我自己不小心摔到，螢幕裂了，想問維修要多少錢？').complaint).toBe(false);
    expect(detect('I dropped it and the screen cracked, how much is a repair?').complaint).toBe(false);
    // Displeasure beyond the damage itself keeps it a complaint.
    expect(detect('我自己摔到的，但才輕輕一碰就裂了，這品質也太爛了吧，可以換新的嗎？').complaint).toBe(true);
    expect(detect('我只是拿去水洗就壞了，你們品質也太差了吧？').complaint).toBe(true);
    // Without the customer's own doing, a crack is a complaint.
    expect(detect('收到的時候螢幕就裂了，請問要怎麼處理？').complaint).toBe(true);
  });
});
