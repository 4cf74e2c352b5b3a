import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import artifact from './model/model.json';
import { createDetector } from './detector';
import { foldAligned } from './fold';
import { LinearModel, type ModelArtifact } from './model';
import { matchRules, scriptsIn } from './patterns';
import { anchoredGates, candidatePlan, parseRegex, requiredUnits, type Node } from './regex-prefix';
import { compiledRules, matchCompiled, RuleIndexBuilder, ruleIndex, scanText } from './rule-engine';
import { createReferenceDetector } from './testing/reference-detector';
// Importing the detector registers every rule group with the engine.
import './index';

/** Seeded PRNG, so failures reproduce. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTSIDE = ['a', 'z', ' ', '中', '好', '1', '!', '。', '-', 'é', '\n'];

/** A random string the node sequence is likely to match (lookarounds are not enforced). */
function generate(seq: readonly Node[], rnd: () => number): string {
  let out = '';
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  for (const node of seq) {
    switch (node.t) {
      case 'char':
        out += node.s;
        break;
      case 'set': {
        const inSet = (cp: number) => node.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
        if (node.negate) {
          const choices = OUTSIDE.filter((c) => !inSet(c.codePointAt(0)!));
          out += choices.length ? pick(choices) : '';
        } else {
          const [lo, hi] = pick(node.ranges);
          const cp = lo + Math.floor(rnd() * Math.min(hi - lo + 1, 64));
          out += cp >= 0xd800 && cp <= 0xdfff ? 'x' : String.fromCodePoint(cp);
        }
        break;
      }
      case 'group':
        out += generate(pick(node.alts), rnd);
        break;
      case 'quant': {
        const count = node.min + Math.floor(rnd() * (Math.min(node.max, node.min + 3) - node.min + 1));
        for (let k = 0; k < count; k++) out += generate([node.node], rnd);
        break;
      }
      default:
        break; // assertions, lookarounds and backreferences consume nothing here
    }
  }
  return out;
}

const ALL = { zh: true, en: true };

describe('regex analysis', () => {
  it('finds literal prefixes, anchors and required units', () => {
    expect(candidatePlan('退款|退費|refund(?:ed)?')).toEqual([
      { kind: 'prefixes', prefixes: ['退款'], wordStart: false },
      { kind: 'prefixes', prefixes: ['退費'], wordStart: false },
      { kind: 'prefixes', prefixes: ['refund'], wordStart: false },
    ]);
    expect(candidatePlan(String.raw`\b(?:my|a) lawyer\b`)).toEqual([
      { kind: 'prefixes', prefixes: ['my lawye', 'a lawyer'], wordStart: true },
    ]);
    expect(candidatePlan('^\\s*請問')).toEqual([{ kind: 'anchored' }]);
    // Digits are collapsed to 0 (the engine reads texts the same way).
    expect(candidatePlan('(?<!\\d)1950(?!\\d)')).toEqual([{ kind: 'prefixes', prefixes: ['0000'], wordStart: false }]);
    expect(candidatePlan('\\d{1,2}/\\d')).toEqual([{ kind: 'prefixes', prefixes: ['0/0', '00/0'], wordStart: false }]);
    // Up to 1,024 prefixes when none is longer than two units (11 × 13 here), rather than the 11 first units alone.
    const numerals = candidatePlan('[0-9一二三四五六七八九十]+(?:天|個)');
    expect(numerals).toHaveLength(1);
    const short = numerals[0] as { prefixes: string[] };
    expect(short.prefixes).toHaveLength(143);
    expect(short.prefixes).toContain('一天');
    expect(short.prefixes.every((p) => p.length === 2)).toBe(true);
    expect(candidatePlan('[a-z0-9]+@x')).toEqual([{ kind: 'unknown' }]);
    expect(requiredUnits('[a-z0-9]+@[a-z]+\\.com')).toEqual(['@'.charCodeAt(0)]);
    expect(requiredUnits('.*')).toBeNull();
  });

  it('finds what an anchored alternative needs (lead units after a skipped X*, units it contains)', () => {
    const [empty, lead, plain, digits, ambiguous, optional, unanchored] = anchoredGates(
      '^\\s*$|^\\s*(?:a|b)c|^x|^[0-9]+y|^\\s*\\s?z|^(?:foo)?bar|q',
    );
    expect(empty).toMatchObject({ lead: null, contains: null }); // "   " matches ^\s*$
    expect(lead).toMatchObject({ lead: [0x61, 0x62], contains: [0x63] });
    expect(plain).toEqual({ skip: null, lead: [0x78], contains: [0x78] });
    expect(digits).toMatchObject({ lead: [0x30], contains: [0x79] });
    expect(ambiguous).toMatchObject({ lead: null, contains: [0x7a] }); // a lead unit could also be skipped
    expect(optional).toMatchObject({ lead: [0x62, 0x66] });
    expect(unanchored).toBeNull();
  });

  it('parses every rule pattern', () => {
    for (const c of compiledRules()) expect(() => parseRegex(c.rule.re.source), c.rule.re.source).not.toThrow();
  });
});

describe('rule engine: the same matches as running every regex', () => {
  const rules = compiledRules();
  const rnd = random(20261124);
  const examples = rules.map((c) => {
    const alts = parseRegex(c.rule.re.source);
    return Array.from({ length: 24 }, (_, k) => generate(alts[k % alts.length]!, rnd));
  });
  const flat = examples.flat();

  it('registers every rule group (signals, personal data, categories, hints)', () => {
    expect(rules.length).toBeGreaterThan(100);
    // Almost every rule is found from literal prefixes.
    expect(rules.filter((c) => c.mode !== 'prefix').map((c) => `${c.rule.kind}/${c.rule.label}`)).toEqual([
      'personal_data/email',
    ]);
  });

  it.each(rules.map((c, k) => [`${c.rule.script} ${c.rule.kind}/${c.rule.label} #${k} (${c.mode})`, k]))(
    '%s',
    (_label, k) => {
      const c = rules[k as number]!;
      let matched = 0;
      for (const example of examples[k as number]!) {
        const contexts = [
          example,
          `x${example}y`,
          `${flat[Math.floor(rnd() * flat.length)]} ${example}，${flat[Math.floor(rnd() * flat.length)]}`,
          `${example}${example}`,
          `第三次了 ${example} 還是沒收到!! refund`,
        ];
        for (const text of contexts) {
          const folded = foldAligned(text);
          for (const scripts of [ALL, scriptsIn(folded)]) {
            const expected = matchRules([c.rule], folded, scripts);
            scanText(folded);
            expect(matchCompiled([c], folded, scripts), JSON.stringify(text)).toEqual(expected);
            matched += expected.length > 0 ? 1 : 0;
          }
        }
      }
      // The generated examples really exercise the rule.
      expect(matched).toBeGreaterThan(0);
    },
  );
});

describe('rule engine: edge cases', () => {
  it.each([
    'a@b.co.x@y.com',
    'x@y.comz@w.org and me@here.net',
    'aa@@b.com a@b',
    '@a.com b@.com c@d.e f@g.hi',
    'mail: jane.doe+shop@example.com, then bob@example.org.',
    'first@second@third.com',
    '-@-.xx',
    '請寄 abc@example.com 或 def@example.com.tw 謝謝',
  ])('%s', (text) => {
    const folded = foldAligned(text);
    scanText(folded);
    for (const c of compiledRules())
      expect(matchCompiled([c], folded, ALL), `${c.rule.label}: ${text}`).toEqual(matchRules([c.rule], folded, ALL));
  });
});

describe('the detector gives exactly what the plain formulation gives', () => {
  const model = new LinearModel(artifact as unknown as ModelArtifact);
  const fast = createDetector(model);
  const reference = createReferenceDetector(model);
  const pieces = [
    '退款',
    '第三次',
    '還是沒',
    'refund',
    'again',
    '@bob',
    'http://x.co/a',
    'www.x.com',
    '12345',
    '0912-345-678',
    'a@b.co',
    '！！',
    '??',
    '😡😡😡',
    'ＲＥＦＵＮＤ',
    '訂單編號 TW123456',
    '請問',
    '？',
    '謝謝',
    'thanks',
    '\u2028',
    '\u00a0',
    'é',
    'e\u0301',
    '…',
    'ﾊ',
    '①',
    '   ',
    '\n',
    'soooo',
    '!!!',
    '哈哈哈',
    '11/20',
    'NT$1,280',
    '$45',
    '3个小时',
    '台北市大安區忠孝東路四段100號5樓',
    '⁉',
    '\uD800',
    '#123456',
    'Order #123456',
    '再不處理我就找消保官',
    'I will contact my lawyer',
    'not working',
    'sb',
    'PO上網',
    '＄100',
    'Still not fixed',
    '好吃',
    '請問有實體店嗎？',
    '送錯了',
    'wrong item',
    'The app keeps crashing',
    '吃完拉肚子',
    '我以為',
    '\t',
    'ＡＢＣ',
    '１２３',
    'Ｈttp',
    '\uFEFF做父母',
    '\uFEFF',
    // Links, emails and ellipses (passes over the units in the detector).
    'www…',
    '…',
    '……',
    'https://t.co/x…',
    'me@x.com@y',
    '@brand.',
    '@brand.help',
    'a.b+c@d-e.fg.hi',
    'x@y',
    'www.',
    '1…2',
    // Emoji (passes over the units when NFKC leaves them alone; the regex chain otherwise).
    '❤️',
    '🙏🏻',
    '🇹🇼',
    '‼️',
    '😂😂😂😂',
    '🏴\u{E0067}\u{E0062}\u{E007F}',
    '𝐀',
    '🈁',
    '\uDC00',
    '\uFE0F',
    '😍',
    '👍👍👍',
  ];
  const rnd = random(7);
  const texts: string[] = [
    '',
    ' ',
    '\uFEFF第三次了還是沒收到，退款！',
    '\u0000\u0001',
    '😀😡👨‍👩‍👧🙏',
    '退款'.repeat(30_000),
    'a'.repeat(5000) + '退款',
    // Longer than the language sample (2,000) but within the model window (4,000), and past it.
    '還是沒收到 '.repeat(400) + 'Still no refund!!! @bob 12345',
    'soooo bad '.repeat(390) + '第三次了',
    'x'.repeat(1999) + '退款退款',
  ];
  for (let k = 0; k < 4000; k++) {
    let t = '';
    const m = 1 + Math.floor(rnd() * 6);
    for (let j = 0; j < m; j++) t += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.5 ? ' ' : '');
    texts.push(t);
  }
  // Real texts when the labelled data is around (it is not shipped with the repo).
  const dataDir = process.env.TACTFUL_DATA_DIR || path.resolve(import.meta.dirname, '../../../shared/data');
  for (const file of [
    'en-complaints-twitter.dev.jsonl',
    'zh-waimai-reviews.dev.jsonl',
    'zh-hotel-reviews.dev.jsonl',
    'zh-shopping-reviews.dev.jsonl',
  ]) {
    const p = path.join(dataDir, file);
    if (!fs.existsSync(p)) continue;
    const lines = fs.readFileSync(p, 'utf8').split('\n').filter(Boolean).slice(0, 1500);
    for (const line of lines) texts.push((JSON.parse(line) as { text: string }).text);
  }

  it(`on ${texts.length} texts (fuzzed mixes, hostile input, real comments), at two sensitivities`, () => {
    for (const text of texts) {
      for (const sensitivity of [0.5, 0.9]) {
        expect(fast(text, { sensitivity }), JSON.stringify(text.slice(0, 80))).toEqual(
          reference(text, { sensitivity }),
        );
      }
    }
  });
});

describe('the rule index built in steps', () => {
  it('is the one built at once, built one bounded step at a time', () => {
    const once = ruleIndex();
    const builder = new RuleIndexBuilder();
    let steps = 1;
    while (!builder.step()) steps++;
    // At least a step per rule, one per 1,024 node records and one per child of a root.
    expect(steps).toBeGreaterThan(compiledRules().length + 100);
    expect(builder.result()).toEqual(once);
    expect(new RuleIndexBuilder().finish()).toEqual(once);
  });
});
