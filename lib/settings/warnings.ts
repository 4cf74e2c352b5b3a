import { isTollFreeNumber } from './phone';
import type { Settings } from './schema';

export type SettingsWarningCode =
  'toll_free_line' | 'missing_dedicated_line' | 'missing_handler' | 'missing_brand' | 'monitored_page_not_facebook';

export interface SettingsWarning {
  /** Dotted path of the field, e.g. `dedicatedLine.phone`, `monitoredPages.2`. */
  field: string;
  code: SettingsWarningCode;
}

const FACEBOOK_PAGE = /^https:\/\/(www|web)\.facebook\.com\/./;

/** Valid but against the practice, or incomplete: shown beside the field, never blocking. */
export function settingsWarnings(settings: Settings): SettingsWarning[] {
  const warnings: SettingsWarning[] = [];
  if (!settings.brand.trim()) warnings.push({ field: 'brand', code: 'missing_brand' });
  if (!settings.handler.name.trim() && !settings.handler.title.trim())
    warnings.push({ field: 'handler.title', code: 'missing_handler' });
  if (!settings.dedicatedLine.phone.trim())
    warnings.push({ field: 'dedicatedLine.phone', code: 'missing_dedicated_line' });
  else if (isTollFreeNumber(settings.dedicatedLine.phone))
    warnings.push({ field: 'dedicatedLine.phone', code: 'toll_free_line' });
  settings.monitoredPages.forEach((url, i) => {
    if (!FACEBOOK_PAGE.test(url)) warnings.push({ field: `monitoredPages.${i}`, code: 'monitored_page_not_facebook' });
  });
  return warnings;
}
