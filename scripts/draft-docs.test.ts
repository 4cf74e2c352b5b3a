import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../lib/detect';
import { draftReplies } from '../lib/draft/draft';
import { SAMPLE_SETTINGS } from '../lib/settings/defaults';

/**
 * docs/draft.md's examples say they are "pasted as printed" by `npm run -s draft`: each one's
 * input and drafts are read back from the document and drafted again the way the command line
 * does, so a change to the drafts that is not carried into the document fails here.
 */
const DOC = fs.readFileSync(path.resolve(import.meta.dirname, '../docs/draft.md'), 'utf8');
const section = DOC.slice(DOC.indexOf('## Examples'), DOC.indexOf('## How the drafts were judged'));
const examples = section
  .split('\n#### ')
  .slice(1)
  .map((part) => {
    const title = part.split('\n')[0]!;
    const input = JSON.parse(/Input \(`npm run -s draft`\): (\{.*\})/.exec(part)![1]!) as Record<string, unknown>;
    const quoted = /\n((?:> .*\n|>\n)+)/.exec(part)![1]!;
    const text = quoted
      .trimEnd()
      .split('\n')
      .map((l) => (l.startsWith('> ') ? l.slice(2) : ''))
      .join('\n');
    const shown = [...part.matchAll(/```text\n([\s\S]*?)\n```/g)].map((m) => m[1]!.trim());
    return { title, input, text, shown };
  });

describe('docs/draft.md examples', () => {
  it('has its examples', () => expect(examples.length).toBeGreaterThanOrEqual(9));
  it.each(examples)('$title: the drafts shown are what Tactful drafts', ({ input, text, shown }) => {
    const out = draftReplies({
      ...(input as object),
      text,
      source: input.source as 'facebook' | 'gmail',
      receivedAt: Date.parse(input.receivedAt as string),
      detection: detect(text, { sensitivity: SAMPLE_SETTINGS.sensitivity }),
      settings: SAMPLE_SETTINGS,
    });
    const drafted = [out.public, out.private, out.messenger].map((d) => d.trim());
    for (const block of shown) expect(drafted).toContain(block);
  });
});
