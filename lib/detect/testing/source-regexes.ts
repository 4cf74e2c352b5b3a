/**
 * The regex literals (and `new RegExp("literal")`) written in the source files of the
 * modules that read page or customer text, found by parsing them with TypeScript's parser
 * — so that a regex added there is checked for linear time without anyone registering it.
 * Tests and benchmarks only (Node).
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import type { TextRegex } from '../text-regexes';

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : filesUnder(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The text of a string-like literal, substitutions of a template replaced by "x". */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return node.head.text + node.templateSpans.map((span) => 'x' + span.literal.text).join('');
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const template = node.template;
    if (ts.isNoSubstitutionTemplateLiteral(template)) return template.rawText ?? template.text;
  }
  return null;
}

/** Every regex literal and `new RegExp(<literal>, <literal>?)` in the source files under `dirs` (relative to `root`). */
export function sourceRegexes(root: string, dirs: readonly string[]): TextRegex[] {
  const out: TextRegex[] = [];
  for (const file of dirs.flatMap((d) => filesUnder(path.join(root, d)))) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const owner = path.relative(root, file);
    const visit = (node: ts.Node): void => {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText();
        const slash = text.lastIndexOf('/');
        out.push({ owner, name: `line ${line}`, re: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      } else if (ts.isNewExpression(node) && node.expression.getText() === 'RegExp' && node.arguments?.length) {
        const body = literalText(node.arguments[0]!);
        const flags = node.arguments[1] ? literalText(node.arguments[1]) : '';
        if (body !== null && flags !== null) out.push({ owner, name: `line ${line}`, re: new RegExp(body, flags) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}
