/**
 * Every regex that runs on page or customer text runs in linear time: the registered
 * rule sets (detection signals, categories, neutral cues, need and quadrant cues, personal
 * data, the reply lint's rules — all built with zh()/en() or registered by their module)
 * and the regex literals of the modules that read such text (lib/detect, lib/draft,
 * lib/sites), found in their source.
 *
 * For each regex, all its adversarial inputs (adversarial.ts) are scanned at sizes n, 4n
 * and 16n. A linear regex costs ≈ 16× more at 16n; the test allows 64× (machine noise and
 * a busy shared core cannot reach that), while a quadratic regex costs ≈ 256× and a cubic
 * one ≈ 4,096× (it already fails at 4n: ≈ 64× where 32× is allowed, before 16n would take
 * minutes). One ratio in one run, no absolute time.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import '../draft/lint/lint';
import { draftReplies } from '../draft/draft';
import { lintReply } from '../draft/lint/lint';
import { CUSTOMER_TEXT_PATTERNS } from '../draft/understand/patterns';
import { DEFAULT_SETTINGS } from '../settings/defaults';
import { detect, findPersonalData } from './index';
import {
  inputsFor,
  keywordInputs,
  GENERIC_INPUTS,
  scanAll,
  timePerCall,
  type AdversarialInput,
} from './testing/adversarial';
import { sourceRegexes } from './testing/source-regexes';
import { textRegexes, type TextRegex } from './text-regexes';

/** Base size of the regex checks (small, so that a cubic regex fails in a second, not in minutes) and of the whole-function checks. */
const N_REGEX = 64;
const N_TEXT = 256;
const ROOT = path.resolve(import.meta.dirname, '../..');

function allRegexes(): TextRegex[] {
  const seen = new Set<string>();
  const drafting: TextRegex[] = Object.entries(CUSTOMER_TEXT_PATTERNS).flatMap(([name, list]) =>
    list.map((re, i) => ({ owner: 'lib/draft/understand', name: `${name} ${i}`, re })),
  );
  return [...textRegexes(), ...drafting, ...sourceRegexes(ROOT, ['lib/detect', 'lib/draft', 'lib/sites'])].filter(
    ({ re }) => {
      const key = `/${re.source}/${re.flags}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
}

/** A function that runs `fn` on every input at size n. */
function over(inputs: readonly AdversarialInput[], n: number, fn: (text: string) => unknown): () => void {
  const texts = inputs.map((i) => i.make(n));
  return () => {
    for (const t of texts) fn(t);
  };
}

const globalScan = (re: RegExp) => {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  return (text: string) => scanAll(g, text);
};

/** The growth of the cost from n to 4n and 16n (16n only when 4n stayed near-linear), and the worst input. */
function growth(inputs: readonly AdversarialInput[], fn: (text: string) => unknown, N: number) {
  const t1 = timePerCall(over(inputs, N, fn));
  const t4 = timePerCall(over(inputs, 4 * N, fn));
  const t16 = t4 / t1 > 32 ? Infinity : timePerCall(over(inputs, 16 * N, fn));
  return { at4: t4 / t1, at16: t16 / t1 };
}

/** For a failure message: the input that costs most at 4n, and how its cost grew from n. */
function worstInput(inputs: readonly AdversarialInput[], fn: (text: string) => unknown, N: number): string {
  let worst = { input: inputs[0]!, ms: 0 };
  for (const input of inputs) {
    const ms = timePerCall(over([input], 4 * N, fn), 2, 0.1);
    if (ms > worst.ms) worst = { input, ms };
  }
  const ratio = worst.ms / timePerCall(over([worst.input], N, fn));
  return `${worst.input.name} (×${ratio.toFixed(0)} from n to 4n)`;
}

function expectLinear(inputs: readonly AdversarialInput[], fn: (text: string) => unknown, N: number) {
  const { at4, at16 } = growth(inputs, fn, N);
  if (at4 > 32 || at16 > 64) {
    // Measure once more before failing: a long pause of the machine can fall into one size.
    const again = growth(inputs, fn, N);
    if (again.at4 > 32 || again.at16 > 64)
      expect.fail(
        `cost ×${again.at4.toFixed(0)} at 4n, ×${again.at16.toFixed(0)} at 16n; worst: ${worstInput(inputs, fn, N)}`,
      );
  }
}

describe('every regex on page or customer text runs in linear time', () => {
  const regexes = allRegexes();

  it('finds the registered rule sets and the regexes written in the source', () => {
    const owners = new Set(regexes.map((r) => r.owner));
    for (const owner of ['rules', 'normalise', 'neutral', 'lib/draft/lint/lint.ts', 'lib/sites/gmail/thread.ts'])
      expect(owners, owner).toContain(owner);
    expect(regexes.length).toBeGreaterThan(150);
  });

  it.each(regexes.map((r) => [`${r.owner} ${r.name}`, r] as const))('%s', (_name, { re }) => {
    expectLinear(inputsFor(re), globalScan(re), N_REGEX);
  });
});

describe('the crafted texts of issue 12 cost what an ordinary text does', () => {
  const crafted = [
    ...GENERIC_INPUTS,
    ...keywordInputs(['order', 'invoice', 'tracking', 'ref', 'booking', '訂單', '订单', '單號', 'Order #', '台北市']),
  ];

  it('detect()', () => expectLinear(crafted, (t) => detect(t), N_TEXT));
  it('findPersonalData()', () => expectLinear(crafted, (t) => findPersonalData(t), N_TEXT));
  it('draftReplies() with the text as the customer’s message', () =>
    expectLinear(
      crafted,
      (t) =>
        draftReplies({ text: t, detection: detect(t), authorName: 'A', source: 'gmail', settings: DEFAULT_SETTINGS }),
      N_TEXT,
    ));
  it('lintReply() with the text as the reply and as the customer’s text', () =>
    expectLinear(
      crafted,
      (t) => lintReply(t, { kind: 'public', settings: DEFAULT_SETTINGS, customerText: t, detection: detect(t) }),
      N_TEXT,
    ));
});

describe('the check itself', () => {
  it.each([
    // The English order-number rule before the fix: three \s* in a row, cubic.
    String.raw`\b(?:order|invoice|tracking|confirmation|booking|reference|ref)\s*(?:no\.?|number|num|id|#)?\s*[:#]?\s*#?(?=[a-z0-9-]*\d)[a-z0-9-]{5,}\b`,
    // The Gmail sender regex before the fix: a run of address characters entered at every position, quadratic.
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
  ])(
    'sees super-linear growth in %s',
    (source) => {
      const re = new RegExp(source, 'gu');
      const { at4, at16 } = growth(inputsFor(re), globalScan(re), N_REGEX);
      expect(at4 > 32 || at16 > 64).toBe(true);
    },
    60_000,
  );
});
