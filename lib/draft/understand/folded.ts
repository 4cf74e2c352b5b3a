import { foldAligned } from '../../detect/fold';

/**
 * Patterns on customer text run on `foldAligned(text)` (same length as the text, lower
 * case, half-width, Traditional folded to Simplified), so one pattern written in either
 * script covers both and match offsets point into the text as written. Every pattern in
 * these tables is linear: alternations of literals with bounded gaps (`{0,n}`), never a
 * nested or adjacent unbounded quantifier over overlapping characters.
 */
export function folded(source: string, flags = 'gu'): RegExp {
  let out = '';
  for (const ch of source) {
    if (ch.charCodeAt(0) < 0x80) out += ch;
    else {
      const f = foldAligned(ch);
      // Full-width punctuation folds to ASCII, which may be a regex metacharacter.
      out += /^[.*+?^${}()|[\]\\/-]$/.test(f) ? `\\${f}` : f;
    }
  }
  return new RegExp(out, flags);
}

export { foldAligned };

export interface Span {
  start: number;
  end: number;
}

/** Every match of the table's patterns in the folded text, as spans of the original. */
export function spansOf(table: readonly RegExp[], foldedText: string): Span[] {
  const out: Span[] = [];
  for (const re of table) {
    re.lastIndex = 0;
    for (const m of foldedText.matchAll(re)) if (m[0].length) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const anyMatch = (table: readonly RegExp[], foldedText: string) =>
  table.some((re) => {
    re.lastIndex = 0;
    return re.test(foldedText);
  });

export const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
export const hanCount = (s: string) => (s.match(/[\u3400-\u9fff\uf900-\ufaff]/g) ?? []).length;
