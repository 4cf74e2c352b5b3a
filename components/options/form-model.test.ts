import { describe, expect, it } from 'vitest';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
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
