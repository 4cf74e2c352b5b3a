import { detect, type DetectOptions } from '../../lib/detect/index';

/**
 * One input line → one output line (JSON, no newline). An empty line is malformed too:
 * every input line gets exactly one output line.
 */
export function classifyLine(line: string, lineNumber: number, options: DetectOptions = {}): string {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (err) {
    return JSON.stringify({
      line: lineNumber,
      error: `invalid JSON: ${err instanceof Error ? err.message : String(err)}`,
    });
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return JSON.stringify({ line: lineNumber, error: 'expected a JSON object with "id" and "text"' });
  }
  const { id, text } = input as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') return JSON.stringify({ line: lineNumber, id, error: '"text" must be a string' });
  const result = detect(text, options);
  return JSON.stringify({ id: id ?? null, ...result });
}
