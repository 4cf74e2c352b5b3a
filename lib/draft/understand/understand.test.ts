import { describe, expect, it } from 'vitest';
import { detect } from '../../detect';
import { itemName, servicesMentioned } from '../boundary';
import { customerDeadlineIn } from './customer-deadline';
import { infoGiven, infoMissing } from './given-info';
import { incidentIn } from './incident';
import { messageKindOf } from './message-kind';
import { draftingCategory, problemWords } from './problem';
import { readBackPoints } from './read-back';

/** Tuesday 8 December 2026, 10:30 in Taipei. */
const TUESDAY = Date.UTC(2026, 11, 8, 2, 30);
const TAIPEI = 'Asia/Taipei';
const day = (at: number) => new Date(at + 8 * 3_600_000).toISOString().slice(0, 10);

describe('the customer’s points, read back', () => {
  it('keeps numbered points and the problem before them; drops greeting, signature, contact lines, profanity', () => {
    const email =
      '客服您好：\n\n冷氣安裝後一直漏水。以下是我的要求：\n1. 本週內派人來檢查\n2. 說明原因\n\n他媽的受夠了。\n\n鄭雅文\n手機：0912-888-555';
    expect(readBackPoints(email)).toEqual(['冷氣安裝後一直漏水', '本週內派人來檢查', '說明原因']);
    const english =
      'Hi team,\n\nMy kettle broke after a week. I want a refund. This is bullshit.\n\nThanks,\nJane\n+1 415 555 0100';
    const points = readBackPoints(english);
    expect(points).toEqual(['My kettle broke after a week', 'I want a refund']);
  });
  it('drops personal data, keeping the word of an order number when it carries the sentence', () => {
    expect(readBackPoints('訂單 TW20261124001 一直沒出貨，電話 0912-345-678')).toEqual(['訂單一直沒出貨']);
    expect(readBackPoints('订单号 CN20261201556，希望三天内给我答复。')).toEqual(['希望三天内给我答复']);
    expect(readBackPoints('I ordered a kettle (order #A12345) two weeks ago and it still has not arrived.')).toEqual([
      'I ordered a kettle two weeks ago and it still has not arrived',
    ]);
    // A sentence that only gives the order number is no point to confirm (it is not asked for again either).
    expect(readBackPoints('吸塵器用不到一個月就壞了，到底要不要處理？訂單編號 TW2026113001')).toEqual([
      '吸塵器用不到一個月就壞了，到底要不要處理？',
    ]);
  });
  it('drops a sentence that is only repetition or venting', () => {
    expect(readBackPoints('第三次留言了!!!!!! 到底什麼時候出貨？')).toEqual(['到底什麼時候出貨？']);
  });
});

describe('what the message already gives', () => {
  it.each([
    [
      '訂單編號 TW20261124001，11/28 用信用卡付款 NT$3,990，附上照片',
      ['order', 'orderDate', 'payment', 'charge', 'photos'],
    ],
    ['订单号 CN20261201556，上周五下单，附上截图', ['order', 'orderDate', 'photos']],
    [
      'Order #20261125 arrived on 3 December; paid by credit card, photos attached',
      ['order', 'orderDate', 'payment', 'photos'],
    ],
  ])('%s', (text, items) => {
    const given = infoGiven(text);
    for (const item of items) expect(given.has(item as never), item).toBe(true);
  });
  it('asks only for the rest', () => {
    expect(infoMissing('訂單 TW20261124001 的杯子破了，附上照片', 'quality')).toEqual(['receivedDate']);
    expect(infoMissing('東西壞了', 'quality')).toEqual(['order', 'photos', 'receivedDate']);
  });
});

describe('a deadline the customer sets', () => {
  it.each([
    ['本週內給我書面說明', '2026-12-11', 'written', '本週內給我書面說明'],
    ['請你們週五前回覆', '2026-12-11', 'reply', '週五前回覆'],
    ['希望三天内给我答复', '2026-12-11', 'reply', '三天内给我答复'],
    ['12/20前要退款', '2026-12-20', 'refund', '12/20前要退款'],
    ['I need an answer by Friday.', '2026-12-11', 'reply', 'by Friday'],
    ['Please respond within 2 days.', '2026-12-10', 'reply', 'within 2 days'],
  ])('%s', (text, due, wants, phrase) => {
    const d = customerDeadlineIn(text, TUESDAY, TAIPEI)!;
    expect(day(d.due)).toBe(due);
    expect(d.wants).toBe(wants);
    expect(d.phrase).toBe(phrase);
  });
  it('reads nothing when there is no deadline', () => {
    expect(customerDeadlineIn('東西壞了，很失望', TUESDAY, TAIPEI)).toBeNull();
  });
});

describe('the service boundary by meaning', () => {
  const paid = ['廣告代操', '影音製作', '設計製圖'];
  it.each([
    ['能不能幫我們投廣告、找網紅業配？', ['廣告代操']],
    ['你们能不能帮我们拍视频、做海报？', ['影音製作', '設計製圖']],
    ['Can you run some paid ads and find influencers?', ['廣告代操']],
    ['I attached a video of the broken kettle and some pictures', []],
    ['The page loads slowly', []],
  ])('%s', (text, expected) => expect(servicesMentioned(text, paid)).toEqual(expected));
  it('names an item in English by its meaning, never in Chinese', () => {
    expect(itemName('廣告代操', 'en')).toBe('ad management');
    expect(itemName('神秘服務', 'en')).toBeNull();
    expect(itemName('廣告代操', 'zh-TW')).toBe('廣告代操');
  });
});

describe('what the message is', () => {
  it.each([
    ['請問這款可以用在木地板嗎？', 'question'],
    ['请问项目下架以后支持者的钱多久能退回？', 'question'],
    ['Does the air purifier work in a small bedroom?', 'question'],
    ['除濕機超好用！推推', 'praise'],
    ['平台的工作人员很专业，谢谢你们！', 'praise'],
    ['Love my new kettle, thank you!', 'praise'],
    ['第三次了還是沒收到貨，再不退款我就找消保官', 'complaint'],
    ['買冷氣還要另外付安裝費？網頁上根本沒寫清楚', 'complaint'],
  ])('%s → %s', (text, kind) => expect(messageKindOf(text, detect(text))).toBe(kind));
});

describe('incidents', () => {
  it.each([
    ['延長線插上去就冒煙', 'health', '延長線', true, false],
    ['我女兒喝了快煮壺煮的水之後肚子痛', 'health', '快煮壺', true, true],
    ['电热水壶插头发烫冒烟', 'health', '电热水壶', true, false],
    ['The heater started smoking and my son burned his hand', 'health', 'heater', true, true],
    ['包裹裡夾了別人的出貨單', 'privacy-other', null, false, false],
    ["I received another backer's address", 'privacy-other', null, false, false],
    ['接到詐騙電話說要解除分期', 'privacy-own', null, false, false],
  ] as const)('%s', (text, kind, product, electric, hurt) => {
    const found = incidentIn(text, detect(text))!;
    expect(found.kind).toBe(kind);
    if (product) expect(Object.values(found.product ?? {})).toContain(product);
    if (kind === 'health') {
      expect(found.electric).toBe(electric);
      expect(found.hurt).toBe(hurt);
    }
  });
  it('no incident in an ordinary complaint', () => expect(incidentIn('出貨太慢了')).toBeNull());
});

describe('the problem in the customer’s terms', () => {
  it.each([
    ['12/1下單的除濕機到現在還沒出貨', 'delivery', '除濕機還沒出貨'],
    ['吸塵器從樓梯摔下去就不會動了', 'quality', '吸塵器不會動'],
    ['冷氣安裝後一直漏水', 'quality', '冷氣漏水'],
    ['被重複扣款兩次', 'billing', '重複扣款兩次'],
    ['客服三天都不回消息', 'service', '客服三天都不回消息'],
  ] as const)('%s', (text, category, words) => expect(problemWords(text, category)).toBe(words));
  it('corrects the category when the text names another kind of problem', () => {
    expect(draftingCategory('客服三天都不回消息，給個交代', ['billing'])).toBe('service');
    expect(draftingCategory('Can you run some ads for us?', ['billing'], { serviceRequest: true })).toBe('other');
  });
});
