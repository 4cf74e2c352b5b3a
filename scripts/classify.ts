/**
 * `npm run -s classify` — JSON Lines in on stdin ({"id", "text", ...}), exactly one JSON
 * line out per input line: {"id", "complaint", "score", "severity", "categories",
 * "language", "need", "signals", "quadrantHint", "containsPersonalData"}. A malformed
 * line yields {"line": N, "error": "..."} and processing continues. Streams: memory
 * stays flat whatever the input size.
 *
 * Options: --sensitivity 0..1 (default 0.5, as in the settings);
 *          --feedback FILE — the verdicts after a CSM made the corrections in FILE (JSON Lines
 *          {"text", "complaint", "severity"?, "quadrant"?}, in that order), through the
 *          extension's own code path (docs/detect.md, "Corrections").
 */
import readline from 'node:readline';
import { classifyLine } from './lib/detect-classify';
import { readFeedback } from './lib/detect-feedback';

const sensitivityArg = process.argv.indexOf('--sensitivity');
const sensitivity = sensitivityArg >= 0 ? Number(process.argv[sensitivityArg + 1]) : 0.5;
if (!(sensitivity >= 0 && sensitivity <= 1)) {
  console.error('--sensitivity must be a number from 0 to 1');
  process.exit(2);
}

const feedbackArg = process.argv.indexOf('--feedback');
let corrections;
if (feedbackArg >= 0) {
  const feedback = readFeedback(process.argv[feedbackArg + 1] ?? '');
  if ('error' in feedback) {
    console.error(`--feedback: ${feedback.error}`);
    process.exit(2);
  }
  corrections = feedback.set;
}

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
let lineNumber = 0;
let pending = '';
for await (const line of rl) {
  lineNumber++;
  pending += classifyLine(line, lineNumber, { sensitivity, corrections }) + '\n';
  // Write in batches, and wait when stdout is slow, so memory stays bounded.
  if (pending.length > 64 * 1024) {
    if (!process.stdout.write(pending)) await new Promise((resolve) => process.stdout.once('drain', resolve));
    pending = '';
  }
}
if (pending) process.stdout.write(pending);
