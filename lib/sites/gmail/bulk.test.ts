import { describe, expect, it } from 'vitest';
import { isBulk, isListLink, withoutListFooter } from './bulk';

const GROUP_FOOTER = [
  '-- ',
  'You received this message because you are subscribed to the Google Groups "Support" group.',
  'To unsubscribe from this group and stop receiving emails from it, send an email to support+unsubscribe@brightside.example.',
  'To view this discussion visit https://groups.google.com/a/brightside.example/d/msgid/support/CAF%40mail.gmail.com.',
].join('\n');

describe('mailing-list footers', () => {
  it('are not a newsletter: a Google Groups footer, with or without Gmail’s Unsubscribe control', () => {
    const links = [
      { href: 'mailto:support+unsubscribe@brightside.example', text: 'support+unsubscribe@brightside.example' },
      {
        href: 'https://groups.google.com/a/brightside.example/d/msgid/support/CAF%40mail.gmail.com',
        text: 'https://groups.google.com/a/brightside.example/d/msgid/support/CAF%40mail.gmail.com',
      },
    ];
    expect(isBulk(links, false)).toBe(false);
    expect(isBulk(links, true)).toBe(false);
    expect(isListLink('https://lists.example.org/mailman/listinfo/users', 'users mailing list')).toBe(true);
    expect(isListLink('https://groups.io/g/help/leave/123', 'Unsubscribe')).toBe(true);
  });

  it('a newsletter is still bulk: its own unsubscribe link, or Gmail’s control without a list footer', () => {
    expect(isBulk([{ href: 'https://littledays.example/unsubscribe', text: 'Unsubscribe' }], false)).toBe(true);
    expect(isBulk([{ href: 'https://news.example.tw/u?id=1', text: '取消訂閱' }], false)).toBe(true);
    expect(isBulk([], true)).toBe(true);
    expect(isBulk([{ href: 'https://example.com/order/1', text: 'your order' }], false)).toBe(false);
  });

  it('the footer is left out of what is judged, the customer’s text kept', () => {
    const body = 'Third broken order. I want a refund by Friday.\n\nJane';
    expect(withoutListFooter(`${body}\n\n${GROUP_FOOTER}`)).toBe(body);
    expect(withoutListFooter(body)).toBe(body);
    const zh =
      '杯子又破了，我要退款！\n--\n您會收到這封郵件，是因為您訂閱了 Google 網路論壇上的「客服」群組。\n如要取消訂閱這個群組並停止接收郵件，請傳送電子郵件至 care+unsubscribe@xiaorizi.example。';
    expect(withoutListFooter(zh)).toBe('杯子又破了，我要退款！');
  });
});
