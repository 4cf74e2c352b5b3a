import { browser } from 'wxt/browser';
import { parseStoredSettings, type LoadedSettings, type SettingsNotice } from '../settings/parse';
import { settingsSchema, type Settings } from '../settings/schema';

/** storage.local keys (the `settings` key and its value shape are a contract). */
export const SETTINGS_KEY = 'settings';
export const SETTINGS_NOTICE_KEY = 'settingsNotice';

export async function loadSettings(): Promise<LoadedSettings> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, SETTINGS_NOTICE_KEY]);
  const loaded = parseStoredSettings(stored[SETTINGS_KEY]);
  // A notice persists until the user has seen it in the options page.
  const pending = (stored[SETTINGS_NOTICE_KEY] as SettingsNotice | undefined) ?? null;
  return { settings: loaded.settings, notice: loaded.notice ?? pending };
}

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = settingsSchema.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
  return valid;
}

/**
 * Run by the background at start-up: a stored value that no longer fits the schema is
 * repaired (valid fields kept, others reset) and a notice is left for the options page.
 */
export async function repairStoredSettings(): Promise<SettingsNotice | null> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings, notice } = parseStoredSettings(stored[SETTINGS_KEY]);
  if (!notice) return null;
  await browser.storage.local.set({ [SETTINGS_KEY]: settings, [SETTINGS_NOTICE_KEY]: notice });
  return notice;
}

export async function dismissSettingsNotice(): Promise<void> {
  await browser.storage.local.remove(SETTINGS_NOTICE_KEY);
}

/** Calls back with fresh settings whenever they change (from any tab or page). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes)
      callback(parseStoredSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
