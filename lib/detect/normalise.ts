import { foldAligned, foldCaseOnly } from './fold';
import { registerTextRegexes } from './text-regexes';

/**
 * Normalisation for the model only — the stored record is never normalised.
 * Long texts are analysed through a bounded window (the record keeps the whole text).
 */
export const MODEL_WINDOW = 4000;

// Placeholders from the Private Use Area: cannot collide with real text features.
export const URL_TOKEN = '\uE001';
export const MENTION_TOKEN = '\uE002';
export const NUMBER_TOKEN = '\uE003';
export const EMAIL_TOKEN = '\uE004';

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
// Entered only at the start of a run of address characters, so a long run is read once.
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const MENTION_RE = /@[\w.]+/g;
const NUMBER_RE = /\d+(?:[.,:]\d+)*/g;
// A character repeated three or more times keeps two: "!!!!" → "!!", "soooo" → "soo", 啊啊啊 → 啊啊.
const ELONGATION_RE = /(.)\1{2,}/gsu;
const SPACES_RE = /\s+/g;
registerTextRegexes('normalise', { URL_RE, EMAIL_RE, MENTION_RE, NUMBER_RE, ELONGATION_RE, SPACES_RE });

/**
 * NFKC, width, case and script folding, then links, emails, mentions and numbers as
 * placeholder tokens, elongation cut to two, spaces collapsed.
 * @param foldScript fold Traditional characters to Simplified (the shipped model does;
 *   `npm run eval -- --compare-scripts` measures the alternative of learning both scripts).
 */
export function normaliseForModel(text: string, foldScript = true): string {
  const windowed = text.length > MODEL_WINDOW ? text.slice(0, MODEL_WINDOW) : text;
  const nfkc = windowed.normalize('NFKC');
  return (foldScript ? foldAligned(nfkc) : foldCaseOnly(nfkc))
    .replace(URL_RE, ` ${URL_TOKEN} `)
    .replace(EMAIL_RE, ` ${EMAIL_TOKEN} `)
    .replace(MENTION_RE, ` ${MENTION_TOKEN} `)
    .replace(NUMBER_RE, NUMBER_TOKEN)
    .replace(ELONGATION_RE, '$1$1')
    .replace(SPACES_RE, ' ')
    .trim();
}
