/**
 * `npx tsx scripts/draft-review.ts [--brand sample|kitchen] [--id ID] [--other-source]` — drafts the senior CSM's
 * review set (lib/draft/testing/review-set.ts) and prints every draft with its findings, for reading.
 * `--other-source` drafts each message as if it came from the other channel too.
 */
import { draftReviewCase, REVIEW_CASES, REVIEW_KITCHEN, REVIEW_SAMPLE } from '../lib/draft/testing/review-set';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const settings = arg('--brand') === 'kitchen' ? REVIEW_KITCHEN : REVIEW_SAMPLE;
const only = arg('--id');
const both = process.argv.includes('--other-source');
REVIEW_CASES.forEach((c) => {
  if (only && c.id !== only) return;
  const sources = both ? [c.source, c.source === 'facebook' ? 'gmail' : 'facebook'] : [c.source];
  for (const source of sources as ('facebook' | 'gmail')[]) {
    const out = draftReviewCase(c, settings, source);
    const findings = [...out.lint.public, ...out.lint.private, ...out.lint.messenger].map(
      (f) => `${f.severity}:${f.rule}`,
    );
    console.log(
      `\n## ${c.id} [${source}] (${c.kind} → ${out.messageKind}, ${out.language}, ${out.category}, ${out.quadrant}${out.incident ? `, ${out.incident}` : ''}) lint: ${findings.join(' ') || 'none'}\n> ${c.text.replace(/\n/g, ' / ')}\n(${c.note})\n\nPUBLIC: ${out.public}\n\nPRIVATE:\n${out.private}\n\nMESSENGER:\n${out.messenger}`,
    );
  }
});
