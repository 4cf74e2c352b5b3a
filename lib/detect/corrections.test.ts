import { describe, expect, it } from 'vitest';
import {
  correctionSchema,
  correctionSetSteps,
  createCorrectionSet,
  detect,
  makeCorrection,
  MAX_LOWER,
  type Correction,
} from './index';

let n = 0;
const correct = (text: string, verdict: Parameters<typeof makeCorrection>[1]) =>
  makeCorrection(text, verdict, { id: `c${++n}`, createdAt: new Date(Date.UTC(2026, 0, 1) + n).toISOString() });

const complaint = (text: string, corrections?: ReturnType<typeof createCorrectionSet>) =>
  detect(text, { corrections }).complaint;

describe('a correction', () => {
  it('flips the verdict of its own text, both ways, and says so', () => {
    const praise = '服務員Mabel的服務態度親切有耐心，下次還會再來';
    const grumble = 'The soup was a bit salty today';
    const set = createCorrectionSet([
      correct(praise, { complaint: detect(praise).complaint ? false : true }),
      correct(grumble, { complaint: !detect(grumble).complaint }),
    ]);
    for (const text of [praise, grumble]) {
      const result = detect(text, { corrections: set });
      expect(result.complaint).toBe(!detect(text).complaint);
      expect(result.correction).toMatchObject({ match: 'same-text', count: 2 });
    }
  });

  it('applies to the same text written in the other script, width or case', () => {
    const set = createCorrectionSet([correct('這個價錢不太划算吧', { complaint: true, severity: 'low' })]);
    const result = detect('这个价钱不太划算吧', { corrections: set });
    expect(result).toMatchObject({ complaint: true, severity: 'low', correction: { match: 'same-text' } });
  });

  it('gives its severity and situation to the corrected text', () => {
    const text = '我自己不小心摔壞的，可以付費維修嗎';
    const set = createCorrectionSet([
      correct(text, { complaint: true, severity: 'medium', quadrant: 'reasonable-not-responsible' }),
    ]);
    expect(detect(text, { corrections: set })).toMatchObject({
      complaint: true,
      severity: 'medium',
      quadrantHint: { quadrant: 'reasonable-not-responsible', motiveReasonable: true, companyResponsible: false },
    });
  });

  it('moves similar texts (a name, an emoji, punctuation changed) and says how similar', () => {
    const set = createCorrectionSet([correct('小編這篇文案是認真的嗎 笑死 但我還是下單了😂', { complaint: false })]);
    const result = detect('小編這篇文案是認真的嗎？？笑死 但我還是下單了🤣', { corrections: set });
    expect(result.complaint).toBe(false);
    expect(result.correction?.match).toBe('similar-text');
    expect(result.correction?.similarity).toBeGreaterThanOrEqual(0.8);
  });

  it('leaves unrelated texts alone', () => {
    const set = createCorrectionSet([
      correct('小編這篇文案是認真的嗎 笑死 但我還是下單了😂', { complaint: false }),
      correct('Where is the nearest store?', { complaint: false }),
    ]);
    for (const text of [
      '第三次了還是沒收到貨，再不退款我就找消保官',
      '東西壞了，客服態度又差，我要退貨',
      'You charged me twice and nobody answers my emails',
      '謝謝，很好吃！',
      'Love this place, thank you!',
    ]) {
      const before = detect(text);
      const after = detect(text, { corrections: set });
      expect(after.complaint, text).toBe(before.complaint);
      expect(after.correction, text).toBeUndefined();
    }
  });

  it('is undone by leaving it out of the list', () => {
    const text = 'The soup was a bit salty today';
    const c = correct(text, { complaint: !detect(text).complaint });
    expect(complaint(text, createCorrectionSet([c]))).toBe(!complaint(text));
    expect(detect(text, { corrections: createCorrectionSet([]) })).toEqual(detect(text));
  });

  it('gives way to a later correction of the same text', () => {
    const text = '還可以，但是包裝有點簡陋';
    const set = createCorrectionSet([correct(text, { complaint: true }), correct(text, { complaint: false })]);
    expect(complaint(text, set)).toBe(false);
  });
});

// Complaints of many shapes (none a near-duplicate of another), to flood with "not a complaint".
const PRODUCTS = ['耳機', '吹風機', '濾水壺', '行李箱', '咖啡機', '電暖器', '掃地機', '保溫杯', '藍牙喇叭', '電鍋'];
const PROBLEMS = [
  '收到就壞了，客服也不回',
  '用兩天就故障，我要退款',
  '寄錯顏色，等了一個禮拜還沒換',
  '包裝破損，東西刮傷，很失望',
  '說好三天到貨，到現在還沒收到',
  '品質太差了，跟圖片不一樣',
];
const FLOOD = PRODUCTS.flatMap((p, i) => PROBLEMS.map((q, j) => `${i + j > 6 ? '這次買的' : '上週訂的'}${p}${q}`));
const HELD_OUT = [
  '第三次了還是沒收到貨，再不退款我就找消保官',
  '已經第三次送錯了，到底在搞什麼',
  '你們這些騙子，垃圾店',
  '等了兩個小時還沒送到，餐都冷了',
  '東西壞了，客服態度又差，我要退貨',
  '信用卡被重複扣款兩次，請馬上處理',
  '吃完拉肚子，要求十倍賠償',
  '客服態度很差，已讀不回',
  "Still no refund after 3 weeks. I'm going to dispute the charge.",
  'The app keeps crashing every time I log in. Third time this week!!',
  'Package never arrived and nobody answers the phone',
  'Charged twice for one order, fix it now',
];

describe('a set built a step at a time', () => {
  it('takes several steps and judges every text as the set built at once', () => {
    const corrections = [...FLOOD, ...HELD_OUT.slice(0, 4)].map((t, i) => correct(t, { complaint: i % 3 === 0 }));
    const steps = correctionSetSteps(corrections);
    let count = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) count++;
    expect(count).toBeGreaterThan(4); // the index, then each pass of the fit
    const whole = createCorrectionSet(corrections);
    for (const text of [...FLOOD, ...HELD_OUT])
      expect(detect(text, { corrections: next.value })).toEqual(detect(text, { corrections: whole }));
  });
});

describe('a flood of "not a complaint" clicks', () => {
  it(`cannot silence the complaints the model is sure of: each text moves by at most ${MAX_LOWER} logit`, () => {
    const flood = [...FLOOD, ...FLOOD.map((t) => t.replace('，', '!!'))].map((t) => correct(t, { complaint: false }));
    expect(flood.length).toBeGreaterThanOrEqual(100);
    const set = createCorrectionSet(flood);
    // The flooded texts themselves are corrected…
    expect(FLOOD.filter((t) => complaint(t, set)).length).toBe(0);
    // …while unrelated complaints keep being found: recall on them stays at or above the floor.
    const logit = (p: number) => Math.log(p / (1 - p));
    const sure = HELD_OUT.filter((t) => logit(detect(t).score) - logit(0.5) > MAX_LOWER + 0.05);
    expect(sure.length).toBeGreaterThanOrEqual(8);
    for (const text of sure) expect(complaint(text, set), text).toBe(true);
    const recall = HELD_OUT.filter((t) => complaint(t, set)).length / HELD_OUT.length;
    expect(recall).toBeGreaterThanOrEqual(0.75);
    // Serious threats stay critical.
    expect(detect('再不處理我就找消保官', { corrections: set })).toMatchObject({
      complaint: true,
      severity: 'critical',
    });
  });
});

describe('the stored correction', () => {
  const text = '訂單 TW20261124001 還沒到，我的電話 0912-345-678，王小明';
  const c = correct(text, { complaint: true, severity: 'high', quadrant: 'reasonable-responsible' });

  it('round-trips through JSON and the schema', () => {
    const back = correctionSchema.parse(JSON.parse(JSON.stringify(c)));
    expect(back).toEqual(c);
    expect(detect(text, { corrections: createCorrectionSet([back]) }).correction?.match).toBe('same-text');
  });

  it('keeps the text’s features, never its words or personal data', () => {
    const json = JSON.stringify(c);
    for (const piece of ['0912', '345-678', 'TW2026', '王小明', '還沒到']) expect(json).not.toContain(piece);
    expect(c.features.keys.length).toBeGreaterThan(10);
  });

  it('is refused when damaged, and a set leaves out what does not parse', () => {
    const broken: Correction = { ...c, features: { ...c.features, keys: [...c.features.keys].reverse() } };
    expect(correctionSchema.safeParse(broken).success).toBe(false);
    expect(correctionSchema.safeParse({ ...c, complaint: 'yes' }).success).toBe(false);
    expect(createCorrectionSet([broken, { nonsense: true }, c]).size).toBe(1);
  });
});
