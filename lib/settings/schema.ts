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

const HH_MM = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'HH:MM (24-hour)');

/** An IANA time zone the platform knows (Asia/Taipei, Asia/Shanghai, Europe/London…). */
const timeZone = z
  .string()
  .max(60)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

/**
 * Working hours of the dedicated line: ISO weekdays (1 = Monday … 7 = Sunday), opening
 * and closing time in `timeZone`. With it, drafts promise a concrete time within working
 * hours instead of "within N hours" across a closed weekend, and case deadlines follow.
 */
export const scheduleSchema = z
  .object({
    days: z.array(z.number().int().min(1).max(7)).min(1).max(7),
    open: HH_MM,
    close: HH_MM,
    timeZone: timeZone.default('Asia/Taipei'),
  })
  .refine((s) => s.open < s.close, { message: 'closing time must be after opening time', path: ['close'] });
export type Schedule = z.infer<typeof scheduleSchema>;

export const dedicatedLineSchema = z.object({
  /** A direct line, not a toll-free 0800 number (the practice asks for a line that reaches a person). */
  phone: text(40),
  extension: text(20).default(''),
  hours: text(200).default(''),
  schedule: scheduleSchema.optional(),
});

export const serviceBoundarySchema = z.object({
  /** Services that cost extra (ad management, design, video…). */
  paid: z.array(text(200)).max(100).default([]),
  /** Services included in the contract. */
  included: z.array(text(200)).max(100).default([]),
  /** Help given once as a bonus; replies say it is normally paid. */
  bonus: z.array(text(200)).max(100).default([]),
});

/** Per-language overrides: each field replaces the base setting in drafts of that language. */
export const localizedSettingsSchema = z.object({
  brand: text(200).optional(),
  handler: z.object({ name: text(100).optional(), title: text(100).optional() }).optional(),
  dedicatedLine: z
    .object({ phone: text(40).optional(), extension: text(20).optional(), hours: text(200).optional() })
    .optional(),
  serviceBoundary: z
    .object({
      paid: z.array(text(200)).max(100).optional(),
      included: z.array(text(200)).max(100).optional(),
      bonus: z.array(text(200)).max(100).optional(),
    })
    .optional(),
});
export type LocalizedSettings = z.infer<typeof localizedSettingsSchema>;

/** A LINE Official Account ID: `@` then letters, digits, dot, dash or underscore. */
const lineId = z.union([z.literal(''), z.string().regex(/^@[\w.-]{1,40}$/, 'a LINE ID such as @brand')]);

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
  /** Per-language overrides of brand, handler, dedicated line and service boundary. */
  localized: z
    .object({
      en: localizedSettingsSchema.optional(),
      'zh-CN': localizedSettingsSchema.optional(),
      'zh-TW': localizedSettingsSchema.optional(),
    })
    .default({}),
  /** Channels besides the dedicated line: Messenger (the fan page's inbox) and a LINE Official Account. */
  channels: z.object({ messenger: z.boolean().optional(), line: lineId.optional() }).default({}),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];
