import { describe, expect, it } from 'vitest';
import { isMonitoredPage, monitoredPageUrl, pageKeyOfUrl, withMonitoredPage } from './page';

describe('monitoredPageUrl', () => {
  it.each([
    ['https://www.facebook.com/xiaorizi.select', 'https://www.facebook.com/xiaorizi.select'],
    ['https://www.facebook.com/xiaorizi.select/', 'https://www.facebook.com/xiaorizi.select'],
    [
      'https://web.facebook.com/XiaoRiZi.Select/posts/1234567890123456?__cft__[0]=AZx&__tn__=R]-R',
      'https://www.facebook.com/xiaorizi.select',
    ],
    ['https://m.facebook.com/nuanshan.tea/photos/a.1/2/?type=3', 'https://www.facebook.com/nuanshan.tea'],
    ['https://www.facebook.com/littledays.select/videos/998877/', 'https://www.facebook.com/littledays.select'],
    [
      'https://www.facebook.com/profile.php?id=100064123456789&sk=about',
      'https://www.facebook.com/profile.php?id=100064123456789',
    ],
    [
      'https://www.facebook.com/people/Little-Days/100064123456789/',
      'https://www.facebook.com/profile.php?id=100064123456789',
    ],
    [
      'https://www.facebook.com/permalink.php?story_fbid=pfbid02x&id=100064123456789',
      'https://www.facebook.com/profile.php?id=100064123456789',
    ],
    ['https://www.facebook.com/%E5%B0%8F%E6%97%A5%E5%AD%90/', 'https://www.facebook.com/%E5%B0%8F%E6%97%A5%E5%AD%90'],
  ])('%s → %s', (href, expected) => {
    expect(monitoredPageUrl(href)).toBe(expected);
  });

  it.each([
    'https://www.facebook.com/',
    'https://www.facebook.com/?sk=h_chr',
    'https://www.facebook.com/groups/123456/posts/789',
    'https://www.facebook.com/photo/?fbid=4234567890123456&set=a.42',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/marketplace/item/1',
    'https://www.facebook.com/messages/t/123',
    'https://www.facebook.com/permalink.php?story_fbid=1',
    'https://evil-facebook.com/xiaorizi.select',
    'https://www.facebook.com.evil.example/xiaorizi.select',
    'chrome://extensions',
    'not a url',
  ])('%s names no page', (href) => {
    expect(monitoredPageUrl(href)).toBeNull();
  });

  it('is accepted by the settings and matched by the content script', () => {
    const url = monitoredPageUrl('https://web.facebook.com/nuanshan.tea/posts/4234567890123456')!;
    expect(() => new URL(url)).not.toThrow();
    expect(pageKeyOfUrl(url)).toBe('nuanshan.tea');
    expect(
      isMonitoredPage({ monitoredPages: [url] }, ['https://web.facebook.com/nuanshan.tea/posts/4234567890123456']),
    ).toBe(true);
    expect(isMonitoredPage({ monitoredPages: [url] }, ['https://www.facebook.com/xiaorizi.select'])).toBe(false);
  });
});

describe('withMonitoredPage', () => {
  const list = ['https://www.facebook.com/xiaorizi.select', 'https://www.facebook.com/profile.php?id=100064123456789'];

  it('adds the normalised page once', () => {
    const added = withMonitoredPage(list, 'https://web.facebook.com/Nuanshan.Tea/posts/1?__tn__=R', true);
    expect(added).toEqual([...list, 'https://www.facebook.com/nuanshan.tea']);
    expect(withMonitoredPage(added, 'https://www.facebook.com/nuanshan.tea', true)).toEqual(added);
  });

  it('removes every entry of that page, however it was written', () => {
    const messy = [...list, 'https://web.facebook.com/XIAORIZI.select/', 'https://www.facebook.com/nuanshan.tea'];
    expect(withMonitoredPage(messy, 'https://www.facebook.com/xiaorizi.select/posts/1', false)).toEqual([
      list[1],
      'https://www.facebook.com/nuanshan.tea',
    ]);
    expect(withMonitoredPage(list, 'https://www.facebook.com/people/X/100064123456789/', false)).toEqual([list[0]]);
  });

  it('leaves the list alone for a URL that names no page', () => {
    expect(withMonitoredPage(list, 'https://www.facebook.com/groups/1', true)).toEqual(list);
    expect(withMonitoredPage(list, 'https://www.facebook.com/groups/1', false)).toEqual(list);
  });
});
