import type { z } from 'zod';
import { settingsSchema, type Settings } from '../../lib/settings/schema';

/**
 * The options form keeps what the user typed (numbers and lists as text) so that an
 * invalid entry is shown, not silently coerced; `formToCandidate` turns it into a
 * settings object for the schema to judge.
 */
export interface FormState {
  brand: string;
  handlerName: string;
  handlerTitle: string;
  phone: string;
  extension: string;
  hours: string;
  contactEmail: string;
  replyWithinHours: string;
  language: Settings['language'];
  tone: Settings['tone'];
  cjkChars: string;
  enWords: string;
  gmail: boolean;
  facebook: boolean;
  monitoredPages: string;
  autoRecord: boolean;
  notifyDueSoon: boolean;
  showNeutralMarkers: boolean;
  retentionDays: string;
  paid: string;
  included: string;
  bonus: string;
  sensitivity: number;
  uiLanguage: Settings['uiLanguage'];
  /** Working hours of the line (optional): on, ISO weekdays, HH:MM, IANA zone. */
  scheduleOn: boolean;
  scheduleDays: number[];
  scheduleOpen: string;
  scheduleClose: string;
  scheduleTimeZone: string;
  channelsMessenger: boolean;
  channelsLine: string;
  /** Per-language overrides; an empty field means "no override". */
  localized: Record<LocalizedLanguage, LocalizedForm>;
}

export const LOCALIZED_LANGUAGES = ['en', 'zh-CN', 'zh-TW'] as const;
export type LocalizedLanguage = (typeof LOCALIZED_LANGUAGES)[number];
export const LOCALIZED_FIELDS = [
  'brand',
  'handlerName',
  'handlerTitle',
  'phone',
  'extension',
  'hours',
  'paid',
  'included',
  'bonus',
] as const;
export type LocalizedField = (typeof LOCALIZED_FIELDS)[number];
export type LocalizedForm = Record<LocalizedField, string>;

export type FieldId = Exclude<keyof FormState, 'localized'>;

/** Where each form field lives in the settings object (zod issue paths map back through this). */
export const FIELD_PATHS: Record<FieldId, string> = {
  brand: 'brand',
  handlerName: 'handler.name',
  handlerTitle: 'handler.title',
  phone: 'dedicatedLine.phone',
  extension: 'dedicatedLine.extension',
  hours: 'dedicatedLine.hours',
  contactEmail: 'contactEmail',
  replyWithinHours: 'replyWithinHours',
  language: 'language',
  tone: 'tone',
  cjkChars: 'publicReplyLimit.cjkChars',
  enWords: 'publicReplyLimit.enWords',
  gmail: 'sites.gmail',
  facebook: 'sites.facebook',
  monitoredPages: 'monitoredPages',
  autoRecord: 'autoRecord',
  notifyDueSoon: 'notifyDueSoon',
  showNeutralMarkers: 'showNeutralMarkers',
  retentionDays: 'retentionDays',
  paid: 'serviceBoundary.paid',
  included: 'serviceBoundary.included',
  bonus: 'serviceBoundary.bonus',
  sensitivity: 'sensitivity',
  uiLanguage: 'uiLanguage',
  scheduleOn: 'dedicatedLine.schedule',
  scheduleDays: 'dedicatedLine.schedule.days',
  scheduleOpen: 'dedicatedLine.schedule.open',
  scheduleClose: 'dedicatedLine.schedule.close',
  scheduleTimeZone: 'dedicatedLine.schedule.timeZone',
  channelsMessenger: 'channels.messenger',
  channelsLine: 'channels.line',
};

/** The zone the browser is in (default of a new schedule). */
const browserZone = () => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Taipei';
  } catch {
    return 'Asia/Taipei';
  }
};

function localizedToForm(o: Settings['localized'][LocalizedLanguage]): LocalizedForm {
  return {
    brand: o?.brand ?? '',
    handlerName: o?.handler?.name ?? '',
    handlerTitle: o?.handler?.title ?? '',
    phone: o?.dedicatedLine?.phone ?? '',
    extension: o?.dedicatedLine?.extension ?? '',
    hours: o?.dedicatedLine?.hours ?? '',
    paid: o?.serviceBoundary?.paid?.join('\n') ?? '',
    included: o?.serviceBoundary?.included?.join('\n') ?? '',
    bonus: o?.serviceBoundary?.bonus?.join('\n') ?? '',
  };
}

/** Only the fields filled in become overrides; nothing filled in leaves the language out. */
function localizedFromForm(f: LocalizedForm) {
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  const list = (v: string) => (lines(v).length ? lines(v) : undefined);
  const prune = <T extends Record<string, unknown>>(o: T): T | undefined =>
    Object.values(o).some((v) => v !== undefined)
      ? (Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T)
      : undefined;
  return prune({
    brand: text(f.brand),
    handler: prune({ name: text(f.handlerName), title: text(f.handlerTitle) }),
    dedicatedLine: prune({ phone: text(f.phone), extension: text(f.extension), hours: text(f.hours) }),
    serviceBoundary: prune({ paid: list(f.paid), included: list(f.included), bonus: list(f.bonus) }),
  });
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

export function settingsToForm(s: Settings): FormState {
  return {
    brand: s.brand,
    handlerName: s.handler.name,
    handlerTitle: s.handler.title,
    phone: s.dedicatedLine.phone,
    extension: s.dedicatedLine.extension,
    hours: s.dedicatedLine.hours,
    contactEmail: s.contactEmail,
    replyWithinHours: String(s.replyWithinHours),
    language: s.language,
    tone: s.tone,
    cjkChars: String(s.publicReplyLimit.cjkChars),
    enWords: String(s.publicReplyLimit.enWords),
    gmail: s.sites.gmail,
    facebook: s.sites.facebook,
    monitoredPages: s.monitoredPages.join('\n'),
    autoRecord: s.autoRecord,
    notifyDueSoon: s.notifyDueSoon,
    showNeutralMarkers: s.showNeutralMarkers,
    retentionDays: s.retentionDays === null ? '' : String(s.retentionDays),
    paid: s.serviceBoundary.paid.join('\n'),
    included: s.serviceBoundary.included.join('\n'),
    bonus: s.serviceBoundary.bonus.join('\n'),
    sensitivity: s.sensitivity,
    uiLanguage: s.uiLanguage,
    scheduleOn: Boolean(s.dedicatedLine.schedule),
    scheduleDays: s.dedicatedLine.schedule?.days ?? [1, 2, 3, 4, 5],
    scheduleOpen: s.dedicatedLine.schedule?.open ?? '09:00',
    scheduleClose: s.dedicatedLine.schedule?.close ?? '18:00',
    scheduleTimeZone: s.dedicatedLine.schedule?.timeZone ?? browserZone(),
    channelsMessenger: Boolean(s.channels.messenger),
    channelsLine: s.channels.line ?? '',
    localized: {
      en: localizedToForm(s.localized.en),
      'zh-CN': localizedToForm(s.localized['zh-CN']),
      'zh-TW': localizedToForm(s.localized['zh-TW']),
    },
  };
}

export function formToCandidate(f: FormState) {
  return {
    brand: f.brand.trim(),
    handler: { name: f.handlerName.trim(), title: f.handlerTitle.trim() },
    dedicatedLine: {
      phone: f.phone.trim(),
      extension: f.extension.trim(),
      hours: f.hours.trim(),
      ...(f.scheduleOn
        ? {
            schedule: {
              days: [...f.scheduleDays].sort((a, b) => a - b),
              open: f.scheduleOpen,
              close: f.scheduleClose,
              timeZone: f.scheduleTimeZone.trim(),
            },
          }
        : {}),
    },
    contactEmail: f.contactEmail.trim(),
    replyWithinHours: numberOrNaN(f.replyWithinHours),
    language: f.language,
    sites: { gmail: f.gmail, facebook: f.facebook },
    monitoredPages: lines(f.monitoredPages),
    autoRecord: f.autoRecord,
    serviceBoundary: { paid: lines(f.paid), included: lines(f.included), bonus: lines(f.bonus) },
    sensitivity: f.sensitivity,
    uiLanguage: f.uiLanguage,
    tone: f.tone,
    publicReplyLimit: { cjkChars: numberOrNaN(f.cjkChars), enWords: numberOrNaN(f.enWords) },
    notifyDueSoon: f.notifyDueSoon,
    showNeutralMarkers: f.showNeutralMarkers,
    retentionDays: f.retentionDays.trim() === '' ? null : numberOrNaN(f.retentionDays),
    channels: {
      ...(f.channelsMessenger ? { messenger: true } : {}),
      ...(f.channelsLine.trim() ? { line: f.channelsLine.trim() } : {}),
    },
    localized: Object.fromEntries(
      LOCALIZED_LANGUAGES.map((l) => [l, localizedFromForm(f.localized[l])]).filter(([, o]) => o !== undefined),
    ),
  };
}

export type FieldErrors = Partial<Record<FieldId, z.core.$ZodIssue>> & {
  /** Issues of per-language overrides, by `lang.field` (e.g. `en.phone`). */
  localized?: Partial<Record<`${LocalizedLanguage}.${LocalizedField}`, z.core.$ZodIssue>>;
};

const LOCALIZED_PATHS: Record<string, LocalizedField> = {
  brand: 'brand',
  'handler.name': 'handlerName',
  'handler.title': 'handlerTitle',
  'dedicatedLine.phone': 'phone',
  'dedicatedLine.extension': 'extension',
  'dedicatedLine.hours': 'hours',
  'serviceBoundary.paid': 'paid',
  'serviceBoundary.included': 'included',
  'serviceBoundary.bonus': 'bonus',
};

/** Validates the form; errors are keyed by form field (list entries map to their list). */
export function validateForm(f: FormState): { settings: Settings | null; errors: FieldErrors } {
  const result = settingsSchema.safeParse(formToCandidate(f));
  if (result.success) return { settings: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (issue.path[0] === 'localized') {
      const rest = issue.path.slice(2).join('.');
      const local = Object.entries(LOCALIZED_PATHS).find(([p]) => rest === p || rest.startsWith(`${p}.`))?.[1];
      if (local) (errors.localized ??= {})[`${String(issue.path[1]) as LocalizedLanguage}.${local}`] ??= issue;
      continue;
    }
    const field = (Object.keys(FIELD_PATHS) as FieldId[]).find(
      (id) => path === FIELD_PATHS[id] || path.startsWith(FIELD_PATHS[id] + '.'),
    );
    if (field && !errors[field]) errors[field] = issue;
  }
  return { settings: null, errors };
}

export function fieldForWarningPath(path: string): FieldId | undefined {
  return (Object.keys(FIELD_PATHS) as FieldId[]).find(
    (id) => path === FIELD_PATHS[id] || path.startsWith(FIELD_PATHS[id] + '.'),
  );
}
