import { z } from 'zod';

/**
 * The settings file shape. It is a contract: the settings export file, the `settings`
 * field of command-line inputs and the value stored in `browser.storage.local` under
 * the key `settings` all use it. Fields may be added (with defaults); none may be renamed.
 */

export const REPLY_LANGUAGES = ['auto', 'zh-TW', 'zh-CN', 'en'] as const;
export const UI_LANGUAGES = ['auto', 'zh-TW', 'zh-CN', 'en'] as const;
export const TONES = ['formal', 'warm'] as const;

const text = (max: number) => z.string().max(max);

export const handlerSchema = z.object({
  /** Full name of the person who handles the case, e.g. 林雅婷. */
  name: text(100),
  /** How customers address them: 林小姐, Mr. Wang. */
  title: text(100),
});

export const dedicatedLineSchema = z.object({
  /** A direct line, not a toll-free 0800 number (the practice asks for a line that reaches a person). */
  phone: text(40),
  extension: text(20).default(''),
  hours: text(200).default(''),
});

export const serviceBoundarySchema = z.object({
  /** Services that cost extra (ad management, design, video…). */
  paid: z.array(text(200)).max(100).default([]),
  /** Services included in the contract. */
  included: z.array(text(200)).max(100).default([]),
  /** Help given once as a bonus; replies say it is normally paid. */
  bonus: z.array(text(200)).max(100).default([]),
});

export const settingsSchema = z.object({
  brand: text(200),
  handler: handlerSchema,
  dedicatedLine: dedicatedLineSchema,
  contactEmail: z.union([z.literal(''), z.email().max(254)]),
  replyWithinHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 30),
  language: z.enum(REPLY_LANGUAGES),
  sites: z.object({ gmail: z.boolean(), facebook: z.boolean() }),
  monitoredPages: z.array(z.url().max(500)).max(500),
  autoRecord: z.boolean(),
  serviceBoundary: serviceBoundarySchema,
  /** 0 = only flag clear complaints, 1 = flag anything that might be one. */
  sensitivity: z.number().min(0).max(1),

  // ---- Additions beyond the original contract (all optional, with defaults) ----
  /** Language of Tactful's own interface and lint messages. */
  uiLanguage: z.enum(UI_LANGUAGES).default('auto'),
  /** Tone of generated drafts. */
  tone: z.enum(TONES).default('formal'),
  /** Maximum length of a public reply: Chinese characters / English words. */
  publicReplyLimit: z
    .object({ cjkChars: z.number().int().min(20).max(2000), enWords: z.number().int().min(10).max(1000) })
    .default({ cjkChars: 150, enWords: 60 }),
  /** Desktop notification when a case is due within an hour (opt-in). */
  notifyDueSoon: z.boolean().default(false),
  /** Show a small neutral marker on comments judged not to be complaints (debugging aid). */
  showNeutralMarkers: z.boolean().default(false),
  /** Purge closed cases older than this many days; null = keep forever (default). */
  retentionDays: z.number().int().min(1).max(3650).nullable().default(null),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];
