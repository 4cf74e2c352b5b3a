/**
 * `npm run -s draft` — reads ONE JSON object on stdin:
 *   {"text", "authorName"?, "source": "facebook"|"gmail", "language"?, "quadrant"?, "category"?, "tone"?, "settings"?,
 *    "receivedAt"? (ISO 8601, default now), "offerBonus"? (default false), "stage"? ("first" | "resolved")}
 * (settings in the settings file shape; default: the documented sample, SAMPLE_SETTINGS)
 * and writes {"language", "quadrant", "category", "public", "private", "lint": {"public": [...], "private": [...]}},
 * plus "messageKind", "stage", "incident", "messenger" and "replyBy" (ISO 8601).
 * Bad input: a clear message on stderr and exit status 2.
 */
import { z } from 'zod';
import { detect } from '../lib/detect';
import { CATEGORIES, QUADRANTS } from '../lib/detect/types';
import { draftReplies } from '../lib/draft';
import { describeZodError } from '../lib/protocol';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';
import { settingsSchema } from '../lib/settings/schema';
import { fail, readStdin } from './lib/read-stdin';

const inputSchema = z.object({
  text: z.string().max(1_000_000),
  authorName: z.string().max(500).optional(),
  source: z.enum(['facebook', 'gmail']),
  language: z.enum(['auto', 'zh-TW', 'zh-CN', 'en']).optional(),
  quadrant: z.enum(QUADRANTS).optional(),
  category: z.enum(CATEGORIES).optional(),
  tone: z.enum(['formal', 'warm']).optional(),
  settings: settingsSchema.optional(),
  uiLocale: z.enum(['en', 'zh-TW', 'zh-CN']).optional(),
  receivedAt: z.iso.datetime({ offset: true }).optional(),
  offerBonus: z.boolean().optional(),
  stage: z.enum(['first', 'resolved']).optional(),
});

const raw = await readStdin();
let json: unknown;
try {
  json = JSON.parse(raw);
} catch (err) {
  fail(`draft: stdin is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
}
const parsed = inputSchema.safeParse(json);
if (!parsed.success) fail(`draft: invalid input: ${describeZodError(parsed.error, 5)}`);
const input = parsed.data;
const settings = input.settings ?? SAMPLE_SETTINGS;
const out = draftReplies({
  ...input,
  receivedAt: input.receivedAt ? Date.parse(input.receivedAt) : Date.now(),
  detection: detect(input.text, { sensitivity: settings.sensitivity }),
  settings,
});
process.stdout.write(
  JSON.stringify(
    {
      language: out.language,
      quadrant: out.quadrant,
      category: out.category,
      messageKind: out.messageKind,
      stage: out.stage,
      incident: out.incident,
      public: out.public,
      private: out.private,
      messenger: out.messenger,
      replyBy: new Date(out.replyBy).toISOString(),
      // `lint` keeps its contract shape; the Messenger version's findings come beside it.
      lint: { public: out.lint.public, private: out.lint.private },
      messengerLint: out.lint.messenger,
    },
    null,
    2,
  ) + '\n',
);
