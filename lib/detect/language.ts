import type { DetectedLanguage } from './types';
import { isSimplifiedOnly, isTraditionalOnly } from './fold';

/** Language is decided on the first LANGUAGE_SAMPLE characters. */
export const LANGUAGE_SAMPLE = 2000;

/**
 * Language of a text: zh-TW (Traditional), zh-CN (Simplified), en, or other. Mixed
 * Chinese–English text (common on Taiwanese pages) counts as Chinese once Han
 * characters are a fair share of the letters. Script is decided by characters that
 * exist in only one script; a text with none (e.g. 你好) follows `fallbackChinese`.
 */
export function detectLanguage(text: string, fallbackChinese: 'zh-TW' | 'zh-CN' = 'zh-TW'): DetectedLanguage {
  let han = 0;
  let latin = 0;
  let other = 0;
  let traditional = 0;
  let simplified = 0;
  const n = Math.min(text.length, LANGUAGE_SAMPLE);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      han++;
      if (isTraditionalOnly(c)) traditional++;
      else if (isSimplifiedOnly(c)) simplified++;
    } else if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    else if (
      (c >= 0x3040 && c <= 0x30ff) ||
      (c >= 0xac00 && c <= 0xd7af) ||
      (c >= 0x0400 && c <= 0x04ff) ||
      (c >= 0x0600 && c <= 0x06ff) ||
      (c >= 0x0e00 && c <= 0x0e7f)
    )
      other++;
  }
  return languageFromCounts(han, latin, other, traditional, simplified, fallbackChinese);
}

/** The decision of `detectLanguage` from its counts (the detector counts in its own pass). */
export function languageFromCounts(
  han: number,
  latin: number,
  other: number,
  traditional: number,
  simplified: number,
  fallbackChinese: 'zh-TW' | 'zh-CN' = 'zh-TW',
): DetectedLanguage {
  // A Han character carries about as much as a short word: weigh them so.
  if (han > 0 && han * 3 >= latin && han >= other) {
    if (traditional > simplified) return 'zh-TW';
    if (simplified > traditional) return 'zh-CN';
    return fallbackChinese;
  }
  if (latin > 0 && latin >= other * 2) return 'en';
  return 'other';
}
