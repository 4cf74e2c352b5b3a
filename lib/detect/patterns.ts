import { foldAligned } from './fold';
import { registerTextRegex } from './text-regexes';

/**
 * Rules are ordinary regular expressions matched on `foldAligned(text)` — same length as
 * the original, so match offsets are offsets in the original text. Chinese patterns may be
 * written in either script (they are folded the same way); English patterns are lower-case.
 * Every pattern runs on text a customer wrote: it must run in linear time (no nested or
 * adjacent unbounded quantifiers over the same characters; linear-time.test.ts checks).
 */

/**
 * Rules read the first SIGNAL_WINDOW characters of a text (the model reads fewer, see
 * MODEL_WINDOW): a 1 MB paste is analysed in bounded time while the record keeps the
 * whole text.
 */
export const SIGNAL_WINDOW = 20_000;

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

function rule<K extends string>(kind: K, label: string, script: 'zh' | 'en', source: string): Rule<K> {
  const re = new RegExp(source, 'gu');
  registerTextRegex({ owner: 'rules', name: `${kind}:${label} (${script})`, re });
  return { kind, label, script, re };
}

export function zh<K extends string>(kind: K, label: string, source: string): Rule<K> {
  return rule(kind, label, 'zh', foldPatternSource(source));
}

export function en<K extends string>(kind: K, label: string, source: string): Rule<K> {
  return rule(kind, label, 'en', source);
}

export interface RuleMatch<K extends string = string> {
  kind: K;
  label: string;
  start: number;
  end: number;
}

export type Scripts = { zh: boolean; en: boolean };

/** Scripts present in a text, so rules for an absent script are skipped. */
export function scriptsIn(folded: string): Scripts {
  return { zh: /[\u3400-\u9fff\uf900-\ufaff]/.test(folded), en: /[a-z]/.test(folded) };
}

/** Every match of every rule whose script the text has, rule by rule. */
export function matchRules<K extends string>(
  rules: readonly Rule<K>[],
  folded: string,
  scripts: Scripts,
): RuleMatch<K>[] {
  const out: RuleMatch<K>[] = [];
  for (const { kind, label, script, re } of rules) {
    if (!scripts[script]) continue;
    re.lastIndex = 0;
    for (let m = re.exec(folded); m; m = re.exec(folded)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ kind, label, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** Whether any rule matches (the first match is enough). */
export function anyRuleMatches(rules: readonly Rule[], folded: string, scripts: Scripts): boolean {
  for (const { script, re } of rules) {
    if (!scripts[script]) continue;
    re.lastIndex = 0;
    if (re.test(folded)) return true;
  }
  return false;
}

/** The kinds of the rules that match, each once, in rule order. */
export function matchingKinds<K extends string>(rules: readonly Rule<K>[], folded: string, scripts: Scripts): K[] {
  const kinds: K[] = [];
  for (const { kind, script, re } of rules) {
    if (!scripts[script] || kinds.includes(kind)) continue;
    re.lastIndex = 0;
    if (re.test(folded)) kinds.push(kind);
  }
  return kinds;
}
