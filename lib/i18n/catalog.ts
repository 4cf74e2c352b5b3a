import { commonStrings } from './strings/common';
import { optionsStrings } from './strings/options';
import { popupStrings } from './strings/popup';
import { lintStrings } from './strings/lint';
import { assistStrings } from './strings/assist';
import { gmailStrings } from './strings/gmail';
import { casesStrings } from './strings/cases';
import { libraryStrings } from './strings/library';
import { correctionsStrings } from './strings/corrections';
import { contentStrings } from './strings/content';
import type { StringTable } from './types';

/**
 * Every string table of the product, by area. Each area's table also becomes part of
 * `_locales/<lang>/messages.json` (keys `<area>_<key>`), see chrome-locales.ts.
 * Register a new area here.
 */
export const STRING_CATALOG: Record<string, StringTable> = {
  common: commonStrings,
  options: optionsStrings,
  popup: popupStrings,
  lint: lintStrings,
  assist: assistStrings,
  gmail: gmailStrings,
  cases: casesStrings,
  library: libraryStrings,
  corrections: correctionsStrings,
  content: contentStrings,
};
