/**
 * `classify --feedback FILE`: the CSM's corrections as JSON Lines
 * {"text", "complaint", "severity"?, "quadrant"?}, turned into corrections the way the
 * extension makes them (makeCorrection, in file order: the later line wins for the same
 * text) and into the set detect() applies.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { createCorrectionSet, makeCorrection, type CorrectionSet } from '../../lib/detect/index';
import { quadrantSchema, severitySchema } from '../../lib/detect/types';

const feedbackLineSchema = z.object({
  text: z.string(),
  complaint: z.boolean(),
  severity: severitySchema.exclude(['none']).optional(),
  quadrant: quadrantSchema.optional(),
});

/** The corrections of a feedback file, or the first problem found (no correction is half-read). */
export function readFeedback(file: string): { set: CorrectionSet } | { error: string } {
  let content: string;
  try {
    content = fs.readFileSync(file, 'utf8');
  } catch (err) {
    return { error: `cannot read ${file}: ${err instanceof Error ? err.message : String(err)}` };
  }
  const corrections = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    let row: unknown;
    try {
      row = JSON.parse(lines[i]!);
    } catch {
      return { error: `${file} line ${i + 1}: invalid JSON` };
    }
    const parsed = feedbackLineSchema.safeParse(row);
    if (!parsed.success)
      return { error: `${file} line ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')} ${x.message}`)}` };
    const { text, ...verdict } = parsed.data;
    // One millisecond apart, in file order: the order the CSM made them in.
    const createdAt = new Date(Date.UTC(2000, 0, 1) + corrections.length).toISOString();
    corrections.push(makeCorrection(text, verdict, { id: `feedback-${i + 1}`, createdAt }));
  }
  return { set: createCorrectionSet(corrections) };
}
