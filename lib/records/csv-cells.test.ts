import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CaseRow } from '../db/schema';
import { splitBidi, showBidiControls } from './bidi';
import { casesToCsv, neutralizeCell } from './csv';

describe('CSV cells a spreadsheet could run or reorder', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['-2+3', "'-2+3"],
    ['@cmd', "'@cmd"],
    ['＝HYPERLINK("http://evil.example")', '\'＝HYPERLINK("http://evil.example")'],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠admin', "'＠admin"],
    ['﹦1+1', "'﹦1+1"],
    [' =1+1', "' =1+1"],
    ['\u00A0=1+1', "'\u00A0=1+1"],
    ['\u3000=1+1', "'\u3000=1+1"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['\n=1+1', "'\n=1+1"],
    ['\0=1+1', "'\0=1+1"],
    ['\u200B=1+1', "'\u200B=1+1"],
    ['\uFEFF=1+1', "'\uFEFF=1+1"],
    ['\u2028=1+1', "'\u2028=1+1"],
  ])('neutralises a cell starting %j', (cell, expected) => {
    expect(neutralizeCell(cell)).toBe(expected);
  });

  it.each([['東西壞了 =1+1'], ['1+1'], ['https://www.facebook.com/x'], ['客服 @小編'], ['']])(
    'leaves %j as it is',
    (cell) => {
      expect(neutralizeCell(cell)).toBe(cell);
    },
  );

  it('writes bidi controls as visible codes, so a name cannot reverse what follows it', () => {
    expect(neutralizeCell('invoice\u202Efdp.exe')).toBe('invoice[U+202E]fdp.exe');
    expect(neutralizeCell('\u2067王小明\u2069 \u200F\u061C\u202A\u202B\u202C\u202D\u2066\u2068\u200E')).toBe(
      '[U+2067]王小明[U+2069] [U+200F][U+061C][U+202A][U+202B][U+202C][U+202D][U+2066][U+2068][U+200E]',
    );
    expect(showBidiControls('no controls 👨‍👩‍👧')).toBe('no controls 👨‍👩‍👧');
  });

  it('applies to every column of an exported row, and the row reads back as those cells', () => {
    const row = {
      id: 'c1',
      source: 'facebook',
      sourceKey: 'facebook:comment:1',
      url: ' =IMPORTXML("http://evil.example")',
      context: '＋小日子選物',
      authorName: '\u202Egnaw gnimaiX',
      authorContact: '@x',
      parentKey: null,
      firstSeenAt: 0,
      lastActivityAt: 0,
      status: 'new',
      severity: 'high',
      categories: [],
      quadrant: null,
      detected: null,
      deadlineAt: 0,
      versionCount: 1,
      headHash: 'a'.repeat(64),
      truncated: false,
      goneSince: null,
      latestText: '\n=1+1 換行開頭',
    } satisfies CaseRow;
    const [, cells] = Papa.parse<string[]>(casesToCsv([row]).slice(1), { skipEmptyLines: true }).data;
    expect(cells!.slice(2, 6)).toEqual([
      '\' =IMPORTXML("http://evil.example")',
      "'＋小日子選物",
      '[U+202E]gnaw gnimaiX',
      "'@x",
    ]);
    expect(cells![12]).toBe("'\n=1+1 換行開頭");
  });
});

describe('bidi controls on screen', () => {
  it('cuts a text into plain runs and named controls that join back to the exact text', () => {
    const text = 'abc\u202Edef\u2066 g\u200F';
    const parts = splitBidi(text);
    expect(parts).toEqual([
      { text: 'abc' },
      { text: '\u202E', control: 'RLO' },
      { text: 'def' },
      { text: '\u2066', control: 'LRI' },
      { text: ' g' },
      { text: '\u200F', control: 'RLM' },
    ]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(splitBidi('')).toEqual([]);
  });
});
