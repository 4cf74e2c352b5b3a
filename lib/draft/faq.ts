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
