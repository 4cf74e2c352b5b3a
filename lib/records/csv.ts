import Papa from 'papaparse';
import type { CaseRow } from '../db/schema';
import { showBidiControls } from './bidi';

/** The CSV columns — a contract (documented in docs/records.md); add new ones at the end only. */
export const CSV_COLUMNS = [
  'case_id',
  'source',
  'url',
  'context',
  'author',
  'author_contact',
  'first_seen_at',
  'status',
  'severity',
  'categories',
  'quadrant',
  'deadline_at',
  'latest_text',
  'versions',
  'chain_hash',
] as const;

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * What a spreadsheet may take for the start of a formula, or hide in front of one: = + - @,
 * their fullwidth (＝ ＋ － ＠) and small (﹦ ﹢ ﹣ ﹫) forms, which Excel with an East Asian
 * input method treats the same, and any leading space (also NBSP and U+3000), control
 * character (tab, CR, LF, NUL…), line or paragraph separator, or invisible format character
 * (zero-width space, BOM…), which spreadsheets may skip before reading the rest.
 */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B\p{Zs}\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * A cell as exported: bidi controls written as visible codes (`[U+202E]`), then a leading
 * apostrophe when the cell could start a formula, so the spreadsheet shows it as text.
 * Nothing else changes; the JSON backup keeps the exact text.
 */
export function neutralizeCell(value: string): string {
  const shown = showBidiControls(value);
  return FORMULA_START.test(shown) ? `'${shown}` : shown;
}

function csvRow(c: CaseRow): string[] {
  return [
    c.id,
    c.source,
    c.url,
    c.context,
    c.authorName,
    c.authorContact,
    iso(c.firstSeenAt),
    c.status,
    c.severity,
    c.categories.join(';'),
    c.quadrant ?? '',
    iso(c.deadlineAt),
    c.latestText,
    String(c.versionCount),
    c.headHash,
  ].map(neutralizeCell);
}

/** RFC 4180 CSV through papaparse (quotes, commas, newlines, CJK, emoji), CRLF line ends. */
function unparse(rows: string[][]): string {
  return Papa.unparse(rows, { escapeFormulae: false, newline: '\r\n', quotes: false });
}

const HEADER = '\uFEFF' + unparse([[...CSV_COLUMNS]]) + '\r\n';

/** The whole CSV file, UTF-8 BOM first so Excel reads Chinese correctly. */
export function casesToCsv(cases: readonly CaseRow[]): string {
  return HEADER + (cases.length ? unparse(cases.map(csvRow)) + '\r\n' : '');
}

/**
 * The same file in chunks, yielding to the event loop between them so a page exporting
 * 50,000 cases stays responsive and can show progress.
 */
export async function* casesToCsvChunks(
  cases: readonly CaseRow[],
  chunkSize = 2000,
): AsyncGenerator<{ chunk: string; done: number }> {
  yield { chunk: HEADER, done: 0 };
  for (let i = 0; i < cases.length; i += chunkSize) {
    const slice = cases.slice(i, i + chunkSize);
    yield { chunk: unparse(slice.map(csvRow)) + '\r\n', done: i + slice.length };
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
