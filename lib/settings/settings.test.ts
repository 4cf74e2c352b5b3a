import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SAMPLE_SETTINGS } from './defaults';
import { parseSettingsFile, parseStoredSettings, serializeSettings } from './parse';
import { isTollFreeNumber } from './phone';
import { settingsWarnings } from './warnings';

const CONTRACT_EXAMPLE = {
  brand: '小日子選物',
  handler: { name: '林雅婷', title: '林小姐' },
  dedicatedLine: { phone: '02-2345-6789', extension: '123', hours: '週一至週五 09:00–18:00' },
  contactEmail: 'care@example.tw',
  replyWithinHours: 24,
  language: 'auto',
  sites: { gmail: true, facebook: true },
  monitoredPages: ['https://www.facebook.com/xiaorizi.select'],
  autoRecord: false,
  serviceBoundary: { paid: ['廣告代操'], included: ['頁面修改建議'], bonus: ['協助初步設定廣告'] },
  sensitivity: 0.5,
};

describe('settings file contract', () => {
  it('accepts the documented example exactly as written', () => {
    const result = parseSettingsFile(JSON.stringify(CONTRACT_EXAMPLE));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.settings).toMatchObject(CONTRACT_EXAMPLE);
  });

  it('round-trips an export through import unchanged', () => {
    const result = parseSettingsFile(serializeSettings(SAMPLE_SETTINGS));
    expect(result).toEqual({ ok: true, settings: SAMPLE_SETTINGS });
  });

  it('rejects a malformed file and says where it is wrong', () => {
    expect(parseSettingsFile('{"brand": ')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Not valid JSON/),
    });
    expect(parseSettingsFile('[1,2]')).toMatchObject({ ok: false, error: expect.stringMatching(/one JSON object/) });
    const wrongType = parseSettingsFile(JSON.stringify({ ...CONTRACT_EXAMPLE, replyWithinHours: 'soon' }));
    expect(wrongType).toMatchObject({ ok: false, error: expect.stringMatching(/replyWithinHours/) });
    const badNested = parseSettingsFile(JSON.stringify({ ...CONTRACT_EXAMPLE, handler: { name: 1 } }));
    expect(badNested).toMatchObject({ ok: false, error: expect.stringMatching(/handler\.name/) });
  });

  it('ignores prototype-pollution keys instead of merging them', () => {
    const result = parseSettingsFile(`{"__proto__": {"polluted": true}, ${JSON.stringify(CONTRACT_EXAMPLE).slice(1)}`);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('stored settings', () => {
  it('uses defaults without a notice on first run', () => {
    expect(parseStoredSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
  });

  it('keeps valid fields of a damaged value, resets the rest and says which', () => {
    const { settings, notice } = parseStoredSettings({ ...CONTRACT_EXAMPLE, replyWithinHours: -5, sites: 'yes' });
    expect(settings.brand).toBe('小日子選物');
    expect(settings.replyWithinHours).toBe(DEFAULT_SETTINGS.replyWithinHours);
    expect(settings.sites).toEqual(DEFAULT_SETTINGS.sites);
    expect(notice?.resetFields.sort()).toEqual(['replyWithinHours', 'sites']);
  });

  it('migrates an older shape where the dedicated line was a plain string', () => {
    const { settings, notice } = parseStoredSettings({ ...CONTRACT_EXAMPLE, dedicatedLine: '02-2345-6789' });
    expect(settings.dedicatedLine).toEqual({ phone: '02-2345-6789', extension: '', hours: '' });
    expect(notice).toEqual({ resetFields: [], migratedFields: ['dedicatedLine'] });
  });

  it('replaces garbage entirely by defaults with a notice', () => {
    const { settings, notice } = parseStoredSettings('not an object');
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(notice?.resetFields).toContain('brand');
  });
});

describe('dedicated line checks', () => {
  it.each([
    ['0800-123-456', true],
    ['0809 123 456', true],
    ['+886 800 123 456', true],
    ['400-123-4567', true],
    ['1-800-555-0100', true],
    ['02-2345-6789', false],
    ['(02) 2345 6789 #123', false],
    ['+1 415 555 0100', false],
    ['', false],
  ])('isTollFreeNumber(%s) = %s', (phone, expected) => {
    expect(isTollFreeNumber(phone)).toBe(expected);
  });

  it('warns about a toll-free dedicated line and missing fields', () => {
    const warnings = settingsWarnings({
      ...SAMPLE_SETTINGS,
      dedicatedLine: { phone: '0800-000-123', extension: '', hours: '' },
    });
    expect(warnings).toContainEqual({ field: 'dedicatedLine.phone', code: 'toll_free_line' });
    expect(
      settingsWarnings(DEFAULT_SETTINGS)
        .map((w) => w.code)
        .sort(),
    ).toEqual(['missing_brand', 'missing_dedicated_line', 'missing_handler']);
    expect(settingsWarnings(SAMPLE_SETTINGS)).toEqual([]);
  });
});
