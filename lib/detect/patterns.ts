import { foldAligned } from './fold';

/**
 * Rule patterns are matched on `foldAligned(text)` — same length as the original, so
 * match offsets are offsets in the original text. Chinese patterns may be written in
 * either script (they are folded the same way); English patterns are lower-case.
 */

/** Folds only non-ASCII characters of a pattern, so escapes like \S or \D survive. */
export function foldPatternSource(source: string): string {
  let out = '';
  for (const ch of source) out += ch.charCodeAt(0) < 0x80 ? ch : foldAligned(ch);
  return out;
}

export interface Rule<K extends string = string> {
  kind: K;
  label: string;
  script: 'zh' | 'en';
  re: RegExp;
}

export function zh<K extends string>(kind: K, label: string, source: string): Rule<K> {
  return { kind, label, script: 'zh', re: new RegExp(foldPatternSource(source), 'gu') };
}

export function en<K extends string>(kind: K, label: string, source: string): Rule<K> {
  return { kind, label, script: 'en', re: new RegExp(source, 'gu') };
}

export interface RuleMatch<K extends string = string> {
  kind: K;
  label: string;
  start: number;
  end: number;
}

/** Scripts present in a text, so rules for an absent script are skipped. */
export function scriptsIn(folded: string): { zh: boolean; en: boolean } {
  return { zh: /[\u3400-\u9fff\uf900-\ufaff]/.test(folded), en: /[a-z]/.test(folded) };
}

export function matchRules<K extends string>(
  rules: readonly Rule<K>[],
  folded: string,
  scripts: { zh: boolean; en: boolean },
): RuleMatch<K>[] {
  const out: RuleMatch<K>[] = [];
  for (const rule of rules) {
    if (!scripts[rule.script]) continue;
    rule.re.lastIndex = 0;
    for (const m of folded.matchAll(rule.re)) {
      if (m[0].length === 0) continue;
      out.push({ kind: rule.kind, label: rule.label, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}
