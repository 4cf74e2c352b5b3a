/**
 * Bidirectional formatting characters. One of them in a customer's text — a right-to-left
 * override (U+202E) above all — can make what follows it display reversed, and, written
 * next to other fields, reorder those too: `evil.exe` shown as `exe.live`, or a name and an
 * amount swapping places. The stored record keeps them (it is verbatim); the dashboard
 * isolates every field and shows each control as a visible marker, and exports replace them
 * with a visible code.
 */

/** Embeddings and overrides (U+202A–202E), isolates (U+2066–2069), and the marks LRM, RLM, ALM. */
export const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const BIDI_CONTROLS_G = new RegExp(BIDI_CONTROLS.source, 'g');

const NAMES: Record<string, string> = {
  '\u202A': 'LRE',
  '\u202B': 'RLE',
  '\u202C': 'PDF',
  '\u202D': 'LRO',
  '\u202E': 'RLO',
  '\u2066': 'LRI',
  '\u2067': 'RLI',
  '\u2068': 'FSI',
  '\u2069': 'PDI',
  '\u200E': 'LRM',
  '\u200F': 'RLM',
  '\u061C': 'ALM',
};

/** `U+202E` for a character. */
export const codePointLabel = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The short name of a bidi control (`RLO`), for a visible marker. */
export const bidiName = (ch: string) => NAMES[ch] ?? codePointLabel(ch);

/** The text with every bidi control written as a visible code, e.g. `[U+202E]` (exports). */
export function showBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS_G, (ch) => `[${codePointLabel(ch)}]`);
}

export type BidiPart = { text: string; control?: undefined } | { text: string; control: string };

/** The text cut into plain runs and single controls (with their names), for display. */
export function splitBidi(text: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let start = 0;
  for (const m of text.matchAll(BIDI_CONTROLS_G)) {
    if (m.index > start) parts.push({ text: text.slice(start, m.index) });
    parts.push({ text: m[0], control: bidiName(m[0]) });
    start = m.index + m[0].length;
  }
  if (start < text.length) parts.push({ text: text.slice(start) });
  return parts;
}

/**
 * A field for plain-text places (tooltips, notifications, sentences built from a template):
 * its bidi controls written as visible names (`⟨RLO⟩`), then the whole isolated with FSI …
 * PDI, so right-to-left letters in it cannot reorder the words around it either. The
 * controls are replaced rather than left inside the isolate because a PDI of the field's
 * own would end the isolate early.
 */
export function isolatePlain(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROLS_G, (ch) => `⟨${bidiName(ch)}⟩`)}\u2069`;
}
