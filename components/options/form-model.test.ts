import { describe, expect, it } from 'vitest';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { settingsSchema } from '../../lib/settings/schema';
import { settingsToForm, validateForm } from './form-model';

describe('options form model', () => {
  it('round-trips settings through the form unchanged', () => {
    expect(validateForm(settingsToForm(SAMPLE_SETTINGS))).toEqual({ settings: SAMPLE_SETTINGS, errors: {} });
  });

  it('keeps typed text and reports the field that is wrong', () => {
    const form = { ...settingsToForm(SAMPLE_SETTINGS), replyWithinHours: 'abc', contactEmail: 'not-an-email' };
    const { settings, errors } = validateForm(form);
    expect(settings).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(['contactEmail', 'replyWithinHours']);
  });

  it('reports a bad monitored page on the list field', () => {
    const form = { ...settingsToForm(SAMPLE_SETTINGS), monitoredPages: 'https://www.facebook.com/ok\nnot a url' };
    expect(Object.keys(validateForm(form).errors)).toEqual(['monitoredPages']);
  });

  it('treats an empty retention as keep forever', () => {
    const { settings } = validateForm({ ...settingsToForm(SAMPLE_SETTINGS), retentionDays: '  ' });
    expect(settings?.retentionDays).toBeNull();
  });
});

describe('working hours, channels and per-language wording in the form', () => {
  const full = settingsSchema.parse({
    ...SAMPLE_SETTINGS,
    channels: { messenger: true, line: '@xiaorizi' },
    localized: { en: { handler: { title: 'Ms. Lin' }, serviceBoundary: { paid: ['ad management'] } } },
  });

  it('round-trips through the form unchanged', () => {
    expect(validateForm(settingsToForm(full))).toEqual({ settings: full, errors: {} });
  });

  it('turning the schedule off removes it; empty per-language fields are no override', () => {
    const form = settingsToForm(full);
    const { settings } = validateForm({
      ...form,
      scheduleOn: false,
      localized: { ...form.localized, en: { ...form.localized.en, handlerTitle: '  ', paid: '' } },
    });
    expect(settings?.dedicatedLine.schedule).toBeUndefined();
    expect(settings?.localized).toEqual({});
  });

  it('says which field is wrong: a LINE ID without @, a closing time before opening, a per-language field too long', () => {
    const form = settingsToForm(full);
    const { settings, errors } = validateForm({
      ...form,
      channelsLine: 'xiaorizi',
      scheduleOpen: '18:00',
      scheduleClose: '09:00',
      localized: { ...form.localized, 'zh-CN': { ...form.localized['zh-CN'], brand: 'x'.repeat(201) } },
    });
    expect(settings).toBeNull();
    expect(errors.channelsLine).toBeDefined();
    expect(errors.scheduleOn ?? errors.scheduleClose).toBeDefined();
    expect(errors.localized?.['zh-CN.brand']).toBeDefined();
  });
});
