import { describe, expect, it } from 'vitest';
import { SAMPLE_SETTINGS } from './defaults';
import { allHandlerNames, allLines, settingsFor } from './localize';
import { parseSettingsFile, parseStoredSettings } from './parse';
import { nationalDigits } from './phone';
import { settingsSchema } from './schema';

describe('per-language settings', () => {
  const localized = settingsSchema.parse({
    ...SAMPLE_SETTINGS,
    localized: {
      en: {
        brand: 'Little Days',
        handler: { name: 'Yating Lin', title: 'Ms. Lin' },
        dedicatedLine: { phone: '+886-2-2345-6789', hours: 'Mon–Fri 9 am–6 pm (Taipei)' },
      },
      'zh-CN': { handler: { title: '林女士' } },
    },
  });

  it('overlays the language’s fields and keeps the others', () => {
    const en = settingsFor(localized, 'en');
    expect(en.brand).toBe('Little Days');
    expect(en.handler).toEqual({ name: 'Yating Lin', title: 'Ms. Lin' });
    expect(en.dedicatedLine).toMatchObject({ phone: '+886-2-2345-6789', extension: '123' });
    expect(en.contactEmail).toBe(SAMPLE_SETTINGS.contactEmail);
    expect(settingsFor(localized, 'zh-TW')).toEqual(localized);
  });

  it('zh-CN converts settings text to Simplified where there is no override', () => {
    const cn = settingsFor(localized, 'zh-CN');
    expect(cn.brand).toBe('小日子选物');
    expect(cn.handler.title).toBe('林女士');
    expect(cn.dedicatedLine.hours).toBe('周一至周五 09:00–18:00');
    expect(cn.serviceBoundary.paid).toEqual(['广告代操']);
  });

  it('English without an override blanks Chinese text (the draft shows the placeholder)', () => {
    const en = settingsFor({ ...SAMPLE_SETTINGS, localized: {} }, 'en');
    expect(en.brand).toBe('');
    expect(en.handler).toEqual({ name: '', title: '' });
    expect(en.dedicatedLine.hours).toBe('');
    expect(en.dedicatedLine.phone).toBe('02-2345-6789');
  });

  it('collects every line and handler name for the reply check', () => {
    expect(allLines(localized)).toEqual(['02-2345-6789', '+886-2-2345-6789']);
    expect(allHandlerNames(localized)).toEqual(['林小姐', '林雅婷', 'Ms. Lin', 'Yating Lin', '林女士']);
  });

  it('old settings files without localized, schedule or channels stay valid', () => {
    const old = {
      brand: '小日子選物',
      handler: { name: '林雅婷', title: '林小姐' },
      dedicatedLine: { phone: '02-2345-6789', extension: '123', hours: '週一至週五 09:00–18:00' },
      contactEmail: 'care@example.tw',
      replyWithinHours: 24,
      language: 'auto',
      sites: { gmail: true, facebook: true },
      monitoredPages: [],
      autoRecord: false,
      serviceBoundary: { paid: [], included: [], bonus: [] },
      sensitivity: 0.5,
    };
    const result = parseSettingsFile(JSON.stringify(old));
    expect(result).toMatchObject({ ok: true, settings: { localized: {}, channels: {} } });
    expect(parseStoredSettings(old).notice).toBeNull();
  });

  it('checks channels: a LINE ID starts with @', () => {
    expect(settingsSchema.safeParse({ ...SAMPLE_SETTINGS, channels: { line: '@xiaorizi' } }).success).toBe(true);
    expect(settingsSchema.safeParse({ ...SAMPLE_SETTINGS, channels: { line: 'xiaorizi' } }).success).toBe(false);
  });
});

describe('the same line written the local or the international way', () => {
  it.each([
    ['+886-2-2345-6789', '223456789'],
    ['02-2345-6789', '223456789'],
    ['(02) 2345 6789', '223456789'],
    ['+886 (0)2 2345 6789', '223456789'],
    ['00886 2 2345 6789', '223456789'],
    ['+86 10 8888 6666', '1088886666'],
    ['+1 415 555 0100', '4155550100'],
  ])('%s → %s', (phone, digits) => expect(nationalDigits(phone)).toBe(digits));
});
