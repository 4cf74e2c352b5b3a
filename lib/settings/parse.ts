import { type z } from 'zod';
import { describeZodError } from '../protocol';
import { DEFAULT_SETTINGS } from './defaults';
import { settingsSchema, type Settings } from './schema';

export interface SettingsNotice {
  /** Top-level fields that could not be kept and were reset to their defaults. */
  resetFields: string[];
  /** Fields converted from an older shape. */
  migratedFields: string[];
}

export interface LoadedSettings {
  settings: Settings;
  notice: SettingsNotice | null;
}

/** Older or hand-edited shapes we know how to convert instead of discarding. */
function migrateKnownShapes(raw: Record<string, unknown>, migrated: string[]): Record<string, unknown> {
  const out = { ...raw };
  if (typeof out.dedicatedLine === 'string') {
    out.dedicatedLine = { phone: out.dedicatedLine, extension: '', hours: '' };
    migrated.push('dedicatedLine');
  }
  if (typeof out.handler === 'string') {
    out.handler = { name: out.handler, title: out.handler };
    migrated.push('handler');
  }
  if (typeof out.monitoredPages === 'string') {
    out.monitoredPages = out.monitoredPages
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter(Boolean);
    migrated.push('monitoredPages');
  }
  return out;
}

/**
 * Reads the value stored under `settings`. Never fails: a value that does not fit the
 * schema keeps every field that still parses, resets the others to defaults and
 * returns a notice so the options page can say what happened.
 */
export function parseStoredSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS, notice: null };
  const direct = settingsSchema.safeParse(raw);
  if (direct.success) return { settings: direct.data, notice: null };

  const migratedFields: string[] = [];
  const source =
    typeof raw === 'object' && !Array.isArray(raw)
      ? migrateKnownShapes(raw as Record<string, unknown>, migratedFields)
      : {};
  const salvaged: Record<string, unknown> = {};
  const resetFields: string[] = [];
  for (const [key, fieldSchema] of Object.entries(settingsSchema.shape)) {
    const value = (fieldSchema as z.ZodType).safeParse(source[key]);
    // Missing optional fields parse to their defaults and are not worth a notice.
    if (value.success) salvaged[key] = value.data;
    else {
      salvaged[key] = (DEFAULT_SETTINGS as Record<string, unknown>)[key];
      resetFields.push(key);
    }
  }
  const settings = settingsSchema.parse(salvaged);
  return { settings, notice: { resetFields, migratedFields } };
}

export type SettingsFileResult = { ok: true; settings: Settings } | { ok: false; error: string };

/**
 * Parses an imported settings file. Unlike stored values, an import is all or
 * nothing: any problem is reported (with the field path) and nothing is applied.
 */
export function parseSettingsFile(fileText: string): SettingsFileResult {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (err) {
    return { ok: false, error: `Not valid JSON: ${err instanceof Error ? err.message : String(err)}` };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { ok: false, error: 'The file must contain one JSON object with the settings fields.' };
  }
  const parsed = settingsSchema.safeParse(json);
  if (!parsed.success) return { ok: false, error: describeZodError(parsed.error, 5) };
  return { ok: true, settings: parsed.data };
}

export function serializeSettings(settings: Settings): string {
  return JSON.stringify(settings, null, 2) + '\n';
}
