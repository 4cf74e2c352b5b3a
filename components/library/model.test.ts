import { describe, expect, it } from 'vitest';
import { BUILTIN_TEMPLATES } from '../../lib/draft/builtin-templates';
import type { Template } from '../../lib/draft/types';
import {
  builtinNameKey,
  faqFieldIssues,
  insertAt,
  listTemplates,
  newId,
  NO_FILTER,
  parseTags,
  restoreAt,
  templateFieldIssues,
  upsert,
  blankTemplate,
  blankFaq,
} from './model';

const mine: Template = {
  id: 'tpl-a',
  name: 'Mine',
  language: 'zh-TW',
  kind: 'public',
  quadrant: 'any',
  category: 'delivery',
  tone: 'any',
  body: 'x {{brand}}',
};

describe('template list', () => {
  it('lists the user’s templates first, then the built-ins', () => {
    const all = listTemplates([mine], NO_FILTER);
    expect(all[0]).toEqual({ template: mine, builtin: false });
    expect(all).toHaveLength(1 + BUILTIN_TEMPLATES.length);
  });

  it('filters by language, kind and source exactly, and by situation/category to what applies', () => {
    expect(listTemplates([mine], { ...NO_FILTER, source: 'mine' }).map((r) => r.template.id)).toEqual(['tpl-a']);
    expect(listTemplates([mine], { ...NO_FILTER, source: 'builtin' }).every((r) => r.builtin)).toBe(true);
    expect(listTemplates([mine], { ...NO_FILTER, language: 'en' }).every((r) => r.template.language === 'en')).toBe(
      true,
    );
    expect(listTemplates([mine], { ...NO_FILTER, kind: 'private' }).every((r) => r.template.kind === 'private')).toBe(
      true,
    );
    const quality = listTemplates([mine], { ...NO_FILTER, category: 'quality', language: 'zh-TW' }).map(
      (r) => r.template.id,
    );
    expect(quality).not.toContain('tpl-a');
    expect(quality).not.toContain('builtin.zh-TW.public.health');
    expect(quality).toContain('builtin.zh-TW.public.formal');
    const responsible = listTemplates([], {
      ...NO_FILTER,
      quadrant: 'reasonable-responsible',
      language: 'en',
      kind: 'public',
    }).map((r) => r.template.id);
    // No built-in public reply is specific to a responsible situation: none admits fault in public.
    expect(responsible).toContain('builtin.en.public.formal');
    expect(responsible).toContain('builtin.en.public.formal.2');
  });

  it('has a localized name for every built-in template', () => {
    for (const t of BUILTIN_TEMPLATES) expect(builtinNameKey(t.id), t.id).not.toBeNull();
    expect(builtinNameKey('tpl-a')).toBeNull();
  });
});

describe('ids', () => {
  it('never reuses a taken or built-in id, and fits the id schema', () => {
    let n = 0;
    const random = () => [0.5, 0.5, 0.25][n++ % 3]!;
    const first = newId('tpl', [], 1000, random);
    const second = newId('tpl', [first], 1000, random);
    expect(second).not.toBe(first);
    expect(first).toMatch(/^tpl-[0-9a-z]+-[0-9a-z]{4}$/);
  });
});

describe('editing helpers', () => {
  it('inserts a variable at the cursor or over the selection', () => {
    expect(insertAt('Hi , thanks', 3, 3, '{{customerName}}')).toEqual({
      text: 'Hi {{customerName}}, thanks',
      caret: 19,
    });
    expect(insertAt('Hi NAME', 3, 7, '{{customerName}}')).toEqual({ text: 'Hi {{customerName}}', caret: 19 });
    expect(insertAt('abc', 99, 99, 'X')).toEqual({ text: 'abcX', caret: 4 });
  });

  it('parses tags typed with Latin or Chinese separators', () => {
    expect(parseTags('出貨, 物流，退貨、 returns ;shipping；出貨')).toEqual([
      '出貨',
      '物流',
      '退貨',
      'returns',
      'shipping',
    ]);
    expect(parseTags(' , ')).toEqual([]);
  });

  it('reports required and too-long fields', () => {
    expect(templateFieldIssues(blankTemplate('en'))).toEqual({
      name: { code: 'required' },
      body: { code: 'required' },
    });
    expect(templateFieldIssues({ ...mine, name: 'x'.repeat(201) })).toEqual({ name: { code: 'too_long', max: 200 } });
    expect(templateFieldIssues(mine)).toEqual({});
    expect(faqFieldIssues(blankFaq('zh-TW'))).toEqual({ question: { code: 'required' }, answer: { code: 'required' } });
    expect(faqFieldIssues({ ...blankFaq('en'), question: 'q', answer: 'a', tags: ['x'.repeat(51)] })).toHaveProperty(
      'tags',
    );
  });

  it('upserts in place and restores a deleted entry where it was', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const c = { id: 'c' };
    expect(upsert([a, b], { id: 'a', v: 1 } as never)).toEqual([{ id: 'a', v: 1 }, b]);
    expect(upsert([a], b)).toEqual([a, b]);
    expect(restoreAt([a, c], b, 1)).toEqual([a, b, c]);
    expect(restoreAt([a, b], b, 0)).toEqual([a, b]);
    expect(restoreAt([], b, 5)).toEqual([b]);
  });
});
