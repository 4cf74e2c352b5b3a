import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..');

function classify(stdin: string, args: string[] = []) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/classify.ts', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });
  return {
    status: run.status,
    lines: run.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr: run.stderr,
  };
}

describe('npm run -s classify (command-line contract)', () => {
  it('writes exactly one JSON line per input line, errors included, and keeps going', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '第三次了還是沒收到貨，再不退款我就找消保官' }),
      '{not json',
      JSON.stringify({ id: 'b' }),
      '',
      JSON.stringify({ id: 7, text: 'Thanks, love it!' }),
    ].join('\n');
    const { status, lines } = classify(input + '\n');
    expect(status).toBe(0);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ id: 'a', complaint: true, severity: 'critical', language: 'zh-TW' });
    expect(Object.keys(lines[0]).slice(0, 8)).toEqual([
      'id',
      'complaint',
      'score',
      'severity',
      'categories',
      'language',
      'need',
      'quadrantHint',
    ]);
    expect(lines[0].signals.length).toBeGreaterThan(0);
    expect(lines[1]).toMatchObject({ line: 2, error: expect.stringContaining('invalid JSON') });
    expect(lines[2]).toMatchObject({ line: 3, error: expect.stringContaining('text') });
    expect(lines[3]).toMatchObject({ line: 4 });
    expect(lines[4]).toMatchObject({ id: 7, complaint: false, severity: 'none' });
  });

  it('prints nothing for empty input', () => {
    expect(classify('')).toMatchObject({ status: 0, lines: [] });
  });

  it('streams many lines', () => {
    const input = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: i, text: i % 2 ? '我要退款' : '好吃' }),
    ).join('\n');
    const { lines } = classify(input);
    expect(lines).toHaveLength(3000);
    expect(lines[2999]).toMatchObject({ id: 2999, complaint: true });
  });

  it('rejects a bad --sensitivity with a clear message', () => {
    const { status, stderr } = classify('', ['--sensitivity', '7']);
    expect(status).toBe(2);
    expect(stderr).toContain('--sensitivity');
  });

  describe('--feedback FILE', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-feedback-'));
    const write = (name: string, rows: unknown[]) => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n');
      return file;
    };
    const praise = '服務員Mabel的服務態度親切有耐心';
    const input = [praise, `${praise}！！ 👍`, '第三次了還是沒收到貨，再不退款我就找消保官']
      .map((text, id) => JSON.stringify({ id, text }))
      .join('\n');

    it('gives the verdicts after those corrections, in file order, saying which correction decided', () => {
      const before = classify(input).lines;
      const file = write('feedback.jsonl', [
        { text: praise, complaint: true },
        { text: praise, complaint: false }, // the later correction wins
        {
          text: '第三次了還是沒收到貨，再不退款我就找消保官',
          complaint: true,
          severity: 'high',
          quadrant: 'reasonable-responsible',
        },
      ]);
      const { status, lines } = classify(input, ['--feedback', file]);
      expect(status).toBe(0);
      expect(lines[0]).toMatchObject({
        id: 0,
        complaint: false,
        correction: { match: 'same-text', id: 'feedback-2', count: 2 },
      });
      expect(lines[1]).toMatchObject({ id: 1, complaint: false, correction: { match: 'similar-text' } });
      expect(lines[2]).toMatchObject({
        id: 2,
        complaint: true,
        severity: 'high',
        quadrantHint: { quadrant: 'reasonable-responsible' },
      });
      expect(before[2].severity).toBe('critical');
    });

    it('refuses a malformed feedback file with the line, and classifies nothing', () => {
      const file = write('bad.jsonl', [
        { text: 'ok', complaint: true },
        { text: 'x', complaint: 'maybe' },
      ]);
      const { status, lines, stderr } = classify(input, ['--feedback', file]);
      expect(status).toBe(2);
      expect(lines).toEqual([]);
      expect(stderr).toMatch(/bad\.jsonl line 2: complaint/);
      expect(classify(input, ['--feedback', path.join(dir, 'missing.jsonl')]).stderr).toContain('cannot read');
    });
  });
});
