/**
 * `npx tsx scripts/draft-eval.ts [--drafts]` — drafts the evaluation set (lib/draft/testing/eval-set.ts:
 * 36 fresh messages, two brands, three languages) and prints the figures of docs/draft.md
 * ("How the drafts were judged"); with --drafts, every draft too, for reading.
 */
import { detect } from '../lib/detect';
import { draftReplies } from '../lib/draft';
import {
  APPLIANCE_SHOP,
  CROWDFUNDING,
  EVAL_CASES,
  FRIDAY_EVENING,
  TUESDAY_MORNING,
} from '../lib/draft/testing/eval-set';

const show = process.argv.includes('--drafts');
let errors = 0;
let warnings = 0;
let readRight = 0;
const han: number[] = [];
const words: number[] = [];
const publics = new Set<string>();
for (const c of EVAL_CASES) {
  const out = draftReplies({
    text: c.text,
    detection: detect(c.text),
    authorName: c.author,
    source: c.source,
    settings: c.brand === 'appliance' ? APPLIANCE_SHOP : CROWDFUNDING,
    receivedAt: c.id.length % 2 ? FRIDAY_EVENING : TUESDAY_MORNING,
  });
  for (const f of [...out.lint.public, ...out.lint.private, ...out.lint.messenger])
    if (f.severity === 'error') errors++;
    else warnings++;
  if (out.messageKind === c.kind) readRight++;
  publics.add(out.public);
  if (c.language === 'en') words.push(out.public.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length);
  else han.push((out.public.match(/[\u3400-\u9fff]/g) ?? []).length);
  if (show)
    console.log(
      `\n## ${c.id} (${c.kind} → ${out.messageKind}, ${out.category}${out.incident ? `, ${out.incident}` : ''})\n> ${c.text.replace(/\n/g, ' / ')}\n\nPUBLIC: ${out.public}\n\nPRIVATE:\n${out.private}\n\nMESSENGER:\n${out.messenger}`,
    );
}
const pasted = EVAL_CASES.find((x) => x.id === 'tw-late-1')!;
const authors = Array.from({ length: 50 }, (_, i) => `客人${i}`);
const wordings = new Set(
  authors.map((a) =>
    draftReplies({
      text: pasted.text,
      detection: detect(pasted.text),
      authorName: a,
      source: 'facebook',
      settings: APPLIANCE_SHOP,
      receivedAt: TUESDAY_MORNING,
    }).public.replace(a, ''),
  ),
);
const median = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)];
console.log(
  JSON.stringify(
    {
      messages: EVAL_CASES.length,
      readAsLabelled: readRight,
      distinctPublicReplies: publics.size,
      lintErrors: errors,
      lintWarnings: warnings,
      publicChineseCharacters: { median: median(han), max: Math.max(...han) },
      publicEnglishWords: { median: median(words), max: Math.max(...words) },
      wordingsForOneComplaintPastedBy50People: wordings.size,
    },
    null,
    2,
  ),
);
