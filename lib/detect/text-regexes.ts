/**
 * The registry of regular expressions that run on page or customer text. A page or a
 * customer can send any text, so each of them must run in linear time: one test
 * (`linear-time.test.ts`) runs every registered regex on adversarial inputs and
 * `npm run bench:detect` reports each one's worst case.
 *
 * Rules built with `zh()` / `en()` (patterns.ts) register themselves; other modules add
 * their regexes with `registerTextRegexes` when they load. The test also finds the regex
 * literals of the modules that read page text by parsing their source, so a new literal
 * cannot be forgotten.
 */
export interface TextRegex {
  /** Who runs it: "signals", "lint", "personal-data"… */
  owner: string;
  /** What it is within its owner: a rule's kind:label, or a constant's name. */
  name: string;
  re: RegExp;
}

const registry: TextRegex[] = [];

export function registerTextRegexes(owner: string, regexes: Record<string, RegExp>): void {
  for (const [name, re] of Object.entries(regexes)) registry.push({ owner, name, re });
}

/** Used by `zh()` / `en()`: a rule registers itself under its kind and label. */
export function registerTextRegex(entry: TextRegex): void {
  registry.push(entry);
}

/** Every registered regex, in registration order. */
export function textRegexes(): readonly TextRegex[] {
  return registry;
}
