import { describe, expect, it } from 'vitest';
import { STRING_CATALOG } from './catalog';
import { chromeMessages, localeMessagesFiles } from './chrome-locales';
import { interpolate, resolveUiLocale } from './translate';
import { UI_LOCALES } from './types';

describe('UI strings', () => {
  it('has every key in every UI language, with the same placeholders', () => {
    for (const [area, table] of Object.entries(STRING_CATALOG)) {
      const keys = Object.keys(table.en).sort();
      for (const locale of UI_LOCALES) {
        expect(Object.keys(table[locale]).sort(), `${area} ${locale}`).toEqual(keys);
        for (const key of keys) {
          const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
          expect(placeholders(table[locale][key]!), `${area}.${key} ${locale}`).toEqual(placeholders(table.en[key]!));
          expect(table[locale][key]!.trim(), `${area}.${key} ${locale} is empty`).not.toBe('');
        }
      }
    }
  });

  it('generates Chrome _locales files with valid message names and the manifest strings', () => {
    const files = localeMessagesFiles();
    expect(files.map((f) => f.relativeDest).sort()).toEqual([
      '_locales/en/messages.json',
      '_locales/zh_CN/messages.json',
      '_locales/zh_TW/messages.json',
    ]);
    for (const locale of UI_LOCALES) {
      const messages = chromeMessages(locale);
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132); // Chrome Web Store limit
      for (const name of Object.keys(messages)) expect(name).toMatch(/^[A-Za-z0-9_]+$/);
    }
  });

  it('picks the UI language from the setting, then the browser', () => {
    expect(resolveUiLocale('zh-CN', 'en-US')).toBe('zh-CN');
    expect(resolveUiLocale('auto', 'zh-TW')).toBe('zh-TW');
    expect(resolveUiLocale('auto', 'zh-HK')).toBe('zh-TW');
    expect(resolveUiLocale('auto', 'zh-CN')).toBe('zh-CN');
    expect(resolveUiLocale(undefined, 'fr-FR')).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(interpolate('Hi {name}, {missing}', { name: '林小姐' })).toBe('Hi 林小姐, {missing}');
  });
});
