/**
 * What the senior CSM's review (testing/review-set.ts) found wrong, one test per fix, on
 * messages other than the review set's own so the fix is not tuned to one wording.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../detect';
import { incidentIn } from './incident';
import { messageKindOf } from './message-kind';

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
  });
  it('a plain question about a defect stays a question', () => {
    expect(kind('請問這台除濕機會漏水嗎？')).toBe('question');
  });
});
