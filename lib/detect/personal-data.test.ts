import { describe, expect, it } from 'vitest';
import { findPersonalData } from './personal-data';

const found = (text: string) => findPersonalData(text).map((s) => [s.label, s.text]);

describe('findPersonalData', () => {
  it.each([
    ['我的電話 0912-345-678，請回電', [['phone', '0912-345-678']]],
    ['手機0912345678', [['phone', '0912345678']]],
    ['市話 (02) 2345-6789', [['phone', '(02) 2345-6789']]],
    ['联系我 13812345678', [['phone', '13812345678']]],
    ['call me at +1 415 555 0100', [['phone', '+1 415 555 0100']]],
    ['mail me: jane.doe+shop@example.com', [['email', 'jane.doe+shop@example.com']]],
    ['訂單編號 TW20261124001 還沒到', [['order-number', '訂單編號 TW20261124001']]],
    ['订单号：88812345', [['order-number', '订单号：88812345']]],
    ['My order #123456 never came', [['order-number', 'order #123456']]],
    ['寄到台北市大安區忠孝東路四段100號5樓', [['address', '台北市大安區忠孝東路四段100號5樓']]],
    ['ship to 221 Baker Street please', [['address', '221 Baker Street']]],
    ['身分證 A123456789', [['id-number', 'A123456789']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets into the original text, Traditional and full-width included', () => {
    const text = '請寄到這裡　ＥＭＡＩＬ：ＡＢＣ＠ＥＸＡＭＰＬＥ．ＣＯＭ 謝謝';
    const [signal] = findPersonalData(text);
    expect(signal?.label).toBe('email');
    expect(text.slice(signal!.start, signal!.end)).toBe(signal!.text);
  });

  it.each([
    ['Order number: A1234567 is late', [['order-number', 'Order number: A1234567']]],
    ['tracking no. 1Z999AA10123456784', [['order-number', 'tracking no. 1Z999AA10123456784']]],
    ['訂單號碼：20261124001', [['order-number', '訂單號碼：20261124001']]],
    [
      'email a.b@c.co and e@f.example.org',
      [
        ['email', 'a.b@c.co'],
        ['email', 'e@f.example.org'],
      ],
    ],
    ['單價 1,280元', []],
  ])('still finds %s with the bounded rules', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('does not read an order number across a long run of spaces (the rule allows a few)', () => {
    for (const space of [' ', '\u00a0', '\u3000', '\t', '\n'])
      expect(found(`order${space.repeat(2000)}12345678`), JSON.stringify(space)).toEqual([]);
    expect(found(`order${' '.repeat(7)}12345678`)).toEqual([]);
    expect(found('order   12345678')).toEqual([['order-number', 'order   12345678']]);
  });

  it('finds nothing in ordinary complaints', () => {
    expect(found('東西壞了，客服態度又差')).toEqual([]);
    expect(found('Waited 3 hours for 2 pizzas')).toEqual([]);
  });
});
