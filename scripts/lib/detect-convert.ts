/** Script conversion for training and evaluation (opencc-js; never shipped in the extension). */
import * as OpenCC from 'opencc-js';

let toTraditional: ((s: string) => string) | null = null;

/** Simplified (mainland) → Traditional with Taiwan phrases, as a Taiwanese user would write. */
export function toTaiwanTraditional(text: string): string {
  toTraditional ??= OpenCC.Converter({ from: 'cn', to: 'twp' });
  return toTraditional(text);
}
