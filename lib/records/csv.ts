import Papa from 'papaparse';
import type { CaseRow } from '../db/schema';

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
  ];
}

/**
 * RFC 4180 CSV through papaparse (quotes, commas, newlines, CJK, emoji), CRLF line ends,
 * with spreadsheet formulas neutralised: a cell starting with = + - @ tab or CR gets a
 * leading apostrophe, so Excel shows it as text instead of running it.
 */
function unparse(rows: string[][]): string {
  return Papa.unparse(rows, { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n', quotes: false });
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
