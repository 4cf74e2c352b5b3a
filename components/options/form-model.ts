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
}

export type FieldId = keyof FormState;

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
};

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
  };
}

export function formToCandidate(f: FormState) {
  return {
    brand: f.brand.trim(),
    handler: { name: f.handlerName.trim(), title: f.handlerTitle.trim() },
    dedicatedLine: { phone: f.phone.trim(), extension: f.extension.trim(), hours: f.hours.trim() },
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
  };
}

export type FieldErrors = Partial<Record<FieldId, z.core.$ZodIssue>>;

/** Validates the form; errors are keyed by form field (list entries map to their list). */
export function validateForm(f: FormState): { settings: Settings | null; errors: FieldErrors } {
  const result = settingsSchema.safeParse(formToCandidate(f));
  if (result.success) return { settings: result.data, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
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
