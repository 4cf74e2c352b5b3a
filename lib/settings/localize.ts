import { Converter } from 'opencc-js/t2cn';
import type { LocalizedSettings, Settings } from './schema';

export type SettingsLanguage = 'zh-TW' | 'zh-CN' | 'en';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

let toSimplified: ((text: string) => string) | null = null;
/** Taiwan Traditional → mainland Simplified, phrases included (OpenCC). Built on first use. */
export function simplified(text: string): string {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return text && HAN.test(text) ? toSimplified(text) : text;
}

/** True when the text has Chinese characters (an English draft must not show it). */
export const hasHan = (text: string) => HAN.test(text);

/**
 * The settings a draft in `language` uses: the base settings overlaid with
 * `localized[language]`. A field without an override is adapted: zh-CN converts the
 * text to Simplified; English blanks any text with Chinese characters, so the draft shows
 * the visible placeholder ("[set the handler in Options]") instead of Chinese, and the
 * line's hours come from the schedule when there is one.
 */
export function settingsFor(settings: Settings, language: SettingsLanguage): Settings {
  const o: LocalizedSettings = settings.localized[language] ?? {};
  const adapt =
    language === 'zh-CN' ? simplified : language === 'en' ? (t: string) => (hasHan(t) ? '' : t) : (t: string) => t;
  const pick = (override: string | undefined, base: string) => (override !== undefined ? override : adapt(base));
  const list = (override: string[] | undefined, base: string[]) =>
    override !== undefined ? override : language === 'zh-CN' ? base.map(simplified) : base;
  return {
    ...settings,
    brand: pick(o.brand, settings.brand),
    handler: {
      name: pick(o.handler?.name, settings.handler.name),
      title: pick(o.handler?.title, settings.handler.title),
    },
    dedicatedLine: {
      ...settings.dedicatedLine,
      phone: pick(o.dedicatedLine?.phone, settings.dedicatedLine.phone),
      extension: pick(o.dedicatedLine?.extension, settings.dedicatedLine.extension),
      hours: pick(o.dedicatedLine?.hours, settings.dedicatedLine.hours),
    },
    // English boundary items stay as written: the boundary paragraph names them by meaning.
    serviceBoundary: {
      paid: list(o.serviceBoundary?.paid, settings.serviceBoundary.paid),
      included: list(o.serviceBoundary?.included, settings.serviceBoundary.included),
      bonus: list(o.serviceBoundary?.bonus, settings.serviceBoundary.bonus),
    },
  };
}

/**
 * Every phone number and handler name the settings give, in every language: a reply is
 * checked against all of them, so an English follow-up with the +886 line and "Ms. Chen"
 * is not told it lacks the line or the handler.
 */
export function allLines(settings: Settings): string[] {
  const out = [settings.dedicatedLine.phone];
  for (const o of Object.values(settings.localized)) if (o?.dedicatedLine?.phone) out.push(o.dedicatedLine.phone);
  return [...new Set(out.map((s) => s.trim()).filter(Boolean))];
}

export function allHandlerNames(settings: Settings): string[] {
  const out = [settings.handler.title, settings.handler.name];
  for (const o of Object.values(settings.localized)) out.push(o?.handler?.title ?? '', o?.handler?.name ?? '');
  return [...new Set(out.map((s) => s.trim()).filter(Boolean))];
}
