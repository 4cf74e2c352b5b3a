/**
 * What the senior CSM's review (testing/review-set.ts) found wrong, one test per fix, on
 * messages other than the review set's own so the fix is not tuned to one wording.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../detect';
import { infoMissing } from './given-info';
import { incidentIn } from './incident';
import { messageKindOf } from './message-kind';
import { draftingCategory, problemWords } from './problem';
import { readBackPoints } from './read-back';

const kind = (t: string) => messageKindOf(t, detect(t));

describe('health incidents from skincare and drinkware', () => {
  it('a rash or swelling after a skincare product is a health incident, someone hurt, nothing to unplug', () => {
    for (const t of [
      '擦了你們的化妝水一個晚上，整個臉紅腫發癢，現在要去皮膚科',
      '用了防曬乳之後手臂起了一大片，醫生說是皮膚炎',
      'My daughter broke out in an itchy rash after your serum, we ended up at urgent care.',
    ]) {
      const found = incidentIn(t, detect(t));
      expect(found?.kind, t).toBe('health');
      expect(found?.hurt, t).toBe(true);
      expect(found?.electric, t).toBe(false);
    }
  });
  it('a stomach ache after drinking from a bottle names the bottle, not food', () => {
    const t = '小孩用你們的水壺喝水後一直說肚子疼，蓋子還有怪味';
    const found = incidentIn(t, detect(t));
    expect(found?.kind).toBe('health');
    expect(found?.product?.['zh-TW']).toBe('保溫杯');
  });
});

describe('a complaint phrased as a question is a complaint', () => {
  it('a reported defect with 「請問要怎麼處理？」 or a rhetorical question gets the apology draft', () => {
    expect(kind('買了三週的熱水瓶底部一直漏水，桌子都濕了，請問要怎麼處理？')).toBe('complaint');
    expect(kind('鍋子的塗層用兩次就一直掉，這種品質也好意思賣？')).toBe('complaint');
    // Arrived broken: the damage happened before the customer had it.
    expect(kind('昨天收到的玻璃花瓶破了一角，請問可以怎麼處理？')).toBe('complaint');
  });
  it('a plain question about a defect stays a question', () => {
    expect(kind('請問這台除濕機會漏水嗎？')).toBe('question');
    // Damage the customer caused, asking a repair price, is a question to answer.
    expect(kind('我自己不小心摔到，螢幕裂了，想問維修要多少錢？')).toBe('question');
  });
});

describe('the read-back', () => {
  it('drops the whole repeated-contact clause, not only its count', () => {
    expect(readBackPoints('這是我第四次在粉專留言了，電視遙控器到現在都沒寄來。')).toEqual([
      '電視遙控器到現在都沒寄來',
    ]);
    expect(readBackPoints('这是我第二次打电话投诉了，洗衣机还是漏水。')).toEqual(['洗衣机还是漏水']);
    expect(readBackPoints('Second time I am writing about this. The lamp I bought flickers constantly.')).toEqual([
      'The lamp I bought flickers constantly',
    ]);
  });
  it('drops a sentence that only introduces the writer (a name and a title)', () => {
    const email =
      '您好：\n\n我是光點牙醫診所的櫃台主任吳雅琪。我們使用貴公司的預約系統，有幾點問題：\n\n1. 簡訊提醒常常沒發出\n2. 報表匯出是空白的\n\n謝謝\n吳雅琪';
    expect(readBackPoints(email)).toEqual(['簡訊提醒常常沒發出', '報表匯出是空白的']);
    expect(readBackPoints('My name is Grace Liu. The blender I got last week smells of burning plastic.')).toEqual([
      'The blender I got last week smells of burning plastic',
    ]);
  });
  it('a mixed review reads back the complaint after the turn, not the praise before it', () => {
    expect(readBackPoints('這家的拉麵很好吃，可是排隊排了一個小時，店員還很兇')).toEqual([
      '排隊排了一個小時，店員還很兇',
    ]);
    expect(readBackPoints('Love the design, but the strap broke after two days.')).toEqual([
      'the strap broke after two days',
    ]);
    // No praise before the turn: the sentence stays whole.
    expect(readBackPoints('我等了一個星期，但是到現在還沒出貨')).toEqual(['我等了一個星期，但是到現在還沒出貨']);
  });
  it('cuts a long English point between words, never inside one', () => {
    const long =
      'I ordered the walnut bookshelf three weeks ago and the tracking page has shown the same warehouse scan ever since, with no update at all';
    const [point] = readBackPoints(long, { maxLength: 60 });
    expect(point!.endsWith('…')).toBe(true);
    const words = point!.slice(0, -1).split(' ');
    for (const w of words) expect(long.split(/[ ,]+/)).toContain(w.replace(/,$/, ''));
  });
});

describe('what is asked for fits what the message is about', () => {
  it('a wrong item received: the order number and a photo, never the tracking status', () => {
    expect(infoMissing('訂了兩件藍色S號，收到的卻是一件灰色XL，麻煩處理', 'delivery')).toEqual(['order', 'photos']);
    expect(infoMissing('You sent me the wrong size of the hiking boots.', 'delivery')).toEqual(['order', 'photos']);
  });
  it('a plan or subscription: the account it is under, not an order number or photos of the item', () => {
    expect(infoMissing('月租999的方案，家裡的5G訊號一直斷斷續續', 'quality')).toEqual(['serviceAccount']);
    expect(infoMissing('解約後這個月帳單還是扣了799元', 'billing')).toEqual(['serviceAccount']);
    expect(infoMissing('My subscription renewed without any notice.', 'billing')).toEqual(['serviceAccount', 'charge']);
    // Given already (an account named in the message): nothing asked.
    expect(infoMissing('訂閱的帳號 lin_studio 上個月被多扣了 300 元', 'billing')).toEqual([]);
  });
  it('a visit to a shop or restaurant: the day, time and branch, not when and how they contacted us', () => {
    expect(infoMissing('店員結帳時一直滑手機，態度很隨便', 'service')).toEqual(['visit']);
    expect(infoMissing('The waiter ignored our table for forty minutes.', 'service')).toEqual(['visit']);
  });
  it('a delivery that arrived late: no tracking status to ask for', () => {
    expect(infoMissing('晚餐遲了快一個小時才送到，湯都涼了', 'delivery')).not.toContain('tracking');
    expect(infoMissing('你哋嘅外賣遲咗成個鐘先到', 'delivery')).not.toContain('tracking');
  });
  it('an online purchase is still an order', () => {
    expect(infoMissing('在你們網路商店買的吹風機用一週就壞了', 'quality')).toEqual(['order', 'photos', 'receivedDate']);
  });
});

describe('the problem clause', () => {
  it('an overcharge against the contract is billing, not price', () => {
    const t = '合約寫每月3,200元，這個月的帳單卻多收了800元';
    expect(draftingCategory(t, ['price'])).toBe('billing');
    expect(problemWords(t, 'billing')).toMatch(/多收/);
  });
  it('names a wrong item as such, not as a delivery delay', () => {
    expect(problemWords('訂的是米色抱枕套，結果又寄錯了', 'delivery')).toBe('商品寄錯');
    expect(problemWords('订的是米色抱枕套，结果又寄错了', 'delivery')).toBe('商品寄错');
  });
});
