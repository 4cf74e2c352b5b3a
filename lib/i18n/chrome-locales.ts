import { STRING_CATALOG } from './catalog';
import { UI_LOCALES, type UiLocale } from './types';

const CHROME_LOCALE_DIR: Record<UiLocale, string> = { en: 'en', 'zh-TW': 'zh_TW', 'zh-CN': 'zh_CN' };

type ChromeMessages = Record<string, { message: string }>;

/** Chrome message names allow only [A-Za-z0-9_]. */
function messageName(area: string, key: string): string {
  return `${area}_${key}`.replace(/[^A-Za-z0-9_]/g, '_');
}

export function chromeMessages(locale: UiLocale): ChromeMessages {
  const common = STRING_CATALOG.common![locale];
  // The manifest refers to __MSG_extName__ and __MSG_extDescription__.
  const out: ChromeMessages = {
    extName: { message: common.extName! },
    extDescription: { message: common.extDescription! },
  };
  for (const [area, table] of Object.entries(STRING_CATALOG)) {
    for (const [key, message] of Object.entries(table[locale])) {
      out[messageName(area, key)] = { message };
    }
  }
  return out;
}

/** Files for WXT's `build:publicAssets` hook. */
export function localeMessagesFiles(): { relativeDest: string; contents: string }[] {
  return UI_LOCALES.map((locale) => ({
    relativeDest: `_locales/${CHROME_LOCALE_DIR[locale]}/messages.json`,
    contents: JSON.stringify(chromeMessages(locale), null, 2),
  }));
}
