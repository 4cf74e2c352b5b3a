import { settingsSchema, type Settings } from './schema';

/**
 * Defaults of a fresh install: nothing about the brand is known yet, so drafts show
 * visible placeholders and lint asks the user to fill in the options.
 */
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({
  brand: '',
  handler: { name: '', title: '' },
  dedicatedLine: { phone: '', extension: '', hours: '' },
  contactEmail: '',
  replyWithinHours: 24,
  language: 'auto',
  sites: { gmail: true, facebook: true },
  monitoredPages: [],
  autoRecord: false,
  serviceBoundary: { paid: [], included: [], bonus: [] },
  sensitivity: 0.5,
});

/**
 * The documented sample used by the command-line tools when no settings are given,
 * by the demo and by tests. It is the example from the settings contract.
 */
export const SAMPLE_SETTINGS: Settings = settingsSchema.parse({
  brand: '小日子選物',
  handler: { name: '林雅婷', title: '林小姐' },
  dedicatedLine: {
    phone: '02-2345-6789',
    extension: '123',
    hours: '週一至週五 09:00–18:00',
    schedule: { days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', timeZone: 'Asia/Taipei' },
  },
  contactEmail: 'care@example.tw',
  replyWithinHours: 24,
  language: 'auto',
  sites: { gmail: true, facebook: true },
  monitoredPages: ['https://www.facebook.com/xiaorizi.select'],
  autoRecord: false,
  serviceBoundary: { paid: ['廣告代操'], included: ['頁面修改建議'], bonus: ['協助初步設定廣告'] },
  sensitivity: 0.5,
  localized: {
    en: {
      brand: 'Little Days Select',
      handler: { name: 'Yating Lin', title: 'Ms. Lin' },
      dedicatedLine: { phone: '+886-2-2345-6789' },
    },
  },
});
