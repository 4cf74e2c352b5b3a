import { foldAligned } from '../detect/fold';
import type { DraftLanguage, FaqEntry } from './types';

/**
 * FAQ search: every whitespace-separated term must occur (substring match, so it works
 * for Chinese without word segmentation; Traditional/Simplified, width and case folded).
 * Tag matches rank first, then question matches, then answer matches. Entries in
 * `language` come before the others.
 */
export function searchFaq(entries: readonly FaqEntry[], query: string, language?: DraftLanguage): FaqEntry[] {
  const terms = foldAligned(query).split(/\s+/).filter(Boolean);
  const scored: { entry: FaqEntry; score: number; index: number }[] = [];
  entries.forEach((entry, index) => {
    const tags = entry.tags.map((t) => foldAligned(t));
    const question = foldAligned(entry.question);
    const answer = foldAligned(entry.answer);
    let score = 0;
    for (const term of terms) {
      if (tags.some((t) => t === term)) score += 3;
      else if (tags.some((t) => t.includes(term))) score += 2.5;
      else if (question.includes(term)) score += 2;
      else if (answer.includes(term)) score += 1;
      else return;
    }
    if (language && entry.language === language) score += 0.5;
    scored.push({ entry, score, index });
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map((s) => s.entry);
}

/**
 * The FAQ entries that answer a customer's question, best first: tags found in the text
 * count most, then shared character pairs with the entry's question (works for Chinese
 * without word segmentation). Entries in other languages are left out.
 */
export function faqAnswersFor(text: string, entries: readonly FaqEntry[], language: DraftLanguage): FaqEntry[] {
  const folded = foldAligned(text);
  const pairs = bigrams(folded);
  const scored: { entry: FaqEntry; score: number }[] = [];
  for (const entry of entries) {
    if (entry.language !== language) continue;
    const tagHits = entry.tags.filter((t) => t.trim() && folded.includes(foldAligned(t.trim()))).length;
    const q = bigrams(foldAligned(entry.question));
    let shared = 0;
    for (const p of q) if (pairs.has(p)) shared++;
    const overlap = q.size ? shared / q.size : 0;
    const score = tagHits * 3 + overlap * 4;
    if (tagHits > 0 || overlap >= 0.5) scored.push({ entry, score });
  }
  return scored.sort((a, b) => b.score - a.score).map((s) => s.entry);
}

function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[\s\p{P}\p{S}]+/gu, '')];
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}
