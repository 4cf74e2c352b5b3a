import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SAMPLE_SETTINGS } from '../lib/settings/defaults';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = (script: string, stdin: string, args: string[] = []) =>
  spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}`, ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });

describe('npm run -s draft', () => {
  it('drafts both replies with lint, using the sample settings by default', () => {
    const res = run(
      'draft.ts',
      JSON.stringify({ text: '第三次了還是沒收到貨，再不退款我就找消保官', authorName: '陳大明', source: 'facebook' }),
    );
    expect(res.status).toBe(0);
    const out = JSON.parse(res.stdout);
    expect(Object.keys(out)).toEqual(expect.arrayContaining(['language', 'quadrant', 'public', 'private', 'lint']));
    expect(out.language).toBe('zh-TW');
    expect(out.public).toContain(SAMPLE_SETTINGS.dedicatedLine.phone);
    // The points are read back (the repetition is acknowledged in the apology instead).
    expect(out.private).toContain('還是沒收到貨，再不退款我就找消保官」');
    expect(out.lint).toEqual({ public: [], private: [] });
  });

  it('takes receivedAt, offerBonus and stage (all optional)', () => {
    const friday = run(
      'draft.ts',
      JSON.stringify({
        text: '我們的專案募資成效很差，可以幫我們投廣告嗎？',
        source: 'gmail',
        receivedAt: '2026-12-11T20:15:00+08:00',
        offerBonus: true,
      }),
    );
    expect(friday.status).toBe(0);
    const out = JSON.parse(friday.stdout);
    expect(out.private).toContain('12/14（一）中午前');
    expect(out.replyBy).toBe('2026-12-14T04:00:00.000Z');
    expect(out.private).toContain('協助初步設定廣告');
    const closing = JSON.parse(
      run('draft.ts', JSON.stringify({ text: '東西壞了', source: 'facebook', stage: 'resolved' })).stdout,
    );
    expect(closing.stage).toBe('resolved');
    expect(closing.public).toMatch(/處理完成/);
    expect(run('draft.ts', JSON.stringify({ text: 'x', source: 'gmail', receivedAt: 'Friday' })).status).toBe(2);
  });

  it('honours given settings, language and quadrant', () => {
    const res = run(
      'draft.ts',
      JSON.stringify({
        text: 'refund now',
        source: 'gmail',
        language: 'en',
        quadrant: 'unreasonable-not-responsible',
        settings: DEFAULT_SETTINGS,
      }),
    );
    const out = JSON.parse(res.stdout);
    expect(out).toMatchObject({ language: 'en', quadrant: 'unreasonable-not-responsible' });
    expect(out.public).toContain('[set your dedicated line in Options]');
    expect(out.lint.public.map((f: { rule: string }) => f.rule)).toContain('missing-dedicated-line');
  });

  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['missing source', JSON.stringify({ text: 'x' }), /source/],
    ['bad settings', JSON.stringify({ text: 'x', source: 'gmail', settings: { brand: 1 } }), /settings/],
  ])('rejects %s with a clear message', (_label, stdin, message) => {
    const res = run('draft.ts', stdin);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(message);
    expect(res.stdout).toBe('');
  });
});

describe('npm run -s lint-reply', () => {
  it('prints the findings as JSON', () => {
    const res = run('lint-reply.ts', '我們會馬上為您退款，請撥 0800-000-123', ['--kind', 'public']);
    expect(res.status).toBe(0);
    const rules = JSON.parse(res.stdout).map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['unauthorized-promise', 'toll-free-number']));
  });

  it('reads settings from a file and refuses a bad one', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tactful-'));
    const good = path.join(dir, 'good.json');
    fs.writeFileSync(
      good,
      JSON.stringify({
        ...SAMPLE_SETTINGS,
        localized: {},
        dedicatedLine: { phone: '03-1234-5678', extension: '', hours: '' },
      }),
    );
    const res = run('lint-reply.ts', '林小姐會在24小時內打 02-2345-6789 給您', [
      '--kind',
      'private',
      '--settings',
      good,
    ]);
    expect(JSON.parse(res.stdout).map((f: { rule: string }) => f.rule)).toContain('missing-dedicated-line');
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, '{"brand": 1}');
    const refused = run('lint-reply.ts', 'x', ['--kind', 'private', '--settings', bad]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('bad.json');
  });

  it('requires --kind', () => {
    expect(run('lint-reply.ts', 'x').status).toBe(2);
  });
});
