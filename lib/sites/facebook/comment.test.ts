import { describe, expect, it } from 'vitest';
import { cleanUrl, cleanUrlWithParser, decodeCommentId } from './urls';

describe('cleanUrl', () => {
  const samples = [
    'https://www.facebook.com/daming.chen?comment_id=Y29tbWVudDoxMjM0NTY3ODkwMTIzNDU2XzEwMDAwMDAwMDAwMDAwMDE%3D&__cft__[0]=AZXk2f9Q&__tn__=R]-R',
    'https://www.facebook.com/profile.php?id=100004567890123&comment_id=abc&__cft__[0]=x',
    'https://web.facebook.com/xiaorizi.select/posts/1234567890123456/?comment_id=1000000000000001&reply_comment_id=1000000000000002&__cft__[0]=AZ&__tn__=R]-R',
    'https://m.facebook.com/story.php?story_fbid=123&id=456&ref=bookmarks',
    'https://www.facebook.com/permalink.php?story_fbid=pfbid02AbC&id=100064123456789',
    'https://www.facebook.com/x/posts/1?comment_id=1&comment_id=2&id=3',
    'https://www.facebook.com/x/posts/1?id=a+b',
    'https://www.facebook.com/x/posts/1?id=a%20b&fbid=%E5%B0%8F',
    'https://www.facebook.com/%E5%B0%8F%E6%97%A5%E5%AD%90/posts/1',
    'https://www.facebook.com/a/../b?id=1',
    'https://www.facebook.com',
    'https://www.facebook.com/?',
    'https://www.facebook.com/x#comment',
    'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.com',
    'https://WWW.Facebook.com/Name?id=1',
    'https://www.facebook.com:443/name?id=1',
    'http://www.facebook.com/name?id=1',
    '/daming.chen?comment_id=1',
    'https://example.com/x?id=1',
    'https://www.facebook.com/name?%69d=7&id=8',
    'not a url at all',
  ];

  it.each(samples)('gives what the URL parser gives: %s', (href) => {
    expect(cleanUrl(href)).toBe(cleanUrlWithParser(href));
    expect(cleanUrl(href, ['id'])).toBe(cleanUrlWithParser(href, ['id']));
  });

  it('drops tracking parameters and writes other Facebook hosts as www', () => {
    expect(cleanUrl(samples[2]!)).toBe(
      'https://www.facebook.com/xiaorizi.select/posts/1234567890123456/?comment_id=1000000000000001&reply_comment_id=1000000000000002',
    );
    expect(cleanUrl(samples[0]!, ['id'])).toBe('https://www.facebook.com/daming.chen');
    expect(cleanUrl(samples[1]!, ['id'])).toBe('https://www.facebook.com/profile.php?id=100004567890123');
  });
});

describe('decodeCommentId', () => {
  it('reads numeric and base64 "comment:<post>_<comment>" ids', () => {
    expect(decodeCommentId('1000000000000001')).toBe('1000000000000001');
    expect(decodeCommentId(btoa('comment:1234567890123456_1000000000000017'))).toBe('1000000000000017');
    expect(decodeCommentId(encodeURIComponent(btoa('comment:1_2')))).toBe('2');
    expect(decodeCommentId('not base64!')).toBeNull();
    expect(decodeCommentId(null)).toBeNull();
  });
});
