/**
 * Template rendering. Values are inserted in one pass and never rescanned, so a
 * customer's name or text containing `{{brand}}` (or HTML) comes out literally.
 * A template line made only of variables that are all empty is dropped, and the blank
 * lines around it collapse — without ever touching the inserted values (a verbatim
 * quote keeps its own blank lines).
 */
export const VARIABLE_PATTERN = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export function variablesIn(body: string): string[] {
  return [...new Set([...body.matchAll(VARIABLE_PATTERN)].map((m) => m[1]!))];
}

export interface RenderResult {
  text: string;
  /** Variables used by the template that are not defined. */
  unknown: string[];
}

export function renderTemplate(body: string, values: Readonly<Record<string, string>>): RenderResult {
  const unknown = variablesIn(body).filter((name) => !Object.prototype.hasOwnProperty.call(values, name));
  const lines = body.split('\n').filter((line) => {
    if (!line.includes('{{')) return true;
    const rest = line.replace(VARIABLE_PATTERN, '').trim();
    const names = [...line.matchAll(VARIABLE_PATTERN)].map((m) => m[1]!);
    return rest !== '' || names.some((n) => (values[n] ?? `{{${n}}}`) !== '');
  });
  const compact: string[] = [];
  for (const line of lines) {
    if (line.trim() === '' && (compact.length === 0 || compact[compact.length - 1]!.trim() === '')) continue;
    compact.push(line);
  }
  while (compact.length && compact[compact.length - 1]!.trim() === '') compact.pop();
  const text = compact
    .join('\n')
    .replace(VARIABLE_PATTERN, (whole, name: string) =>
      Object.prototype.hasOwnProperty.call(values, name) ? values[name]! : whole,
    );
  return { text, unknown };
}
