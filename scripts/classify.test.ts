import { spawnSync } from 'node:child_process';
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
});
