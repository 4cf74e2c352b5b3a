import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SAMPLE_SETTINGS } from '../settings/defaults';
import { BUILTIN_TEMPLATES } from './builtin-templates';
import {
  parseLibraryFile,
  planImport,
  repairLibrary,
  serializeLibrary,
  templateBodyErrors,
  validateTemplate,
  SAMPLE_CASE_TEXT,
} from './library';
import { EMPTY_LIBRARY, type FaqEntry, type Library, type Template } from './types';
import { TEMPLATE_VARIABLES } from './template-variables';

const template: Template = {
  id: 'tpl-delivery',
  name: '物流延誤',
  language: 'zh-TW',
  kind: 'public',
  quadrant: 'any',
  category: 'delivery',
  tone: 'any',
  body: '{{salutation}}，物流延誤讓您久等了，很抱歉。請撥打專線 {{contactLine}} 找{{handlerTitle}}，我們會在{{deadline}}與您聯繫。',
};
const faq: FaqEntry = {
  id: 'faq-ship',
  question: '多久會出貨？',
  answer: '下單後兩個工作天內出貨。',
  tags: ['出貨', '物流'],
  language: 'zh-TW',
};
const library: Library = { version: 1, templates: [template], faq: [faq] };

describe('template body errors', () => {
  it('accepts every documented variable, with or without inner spaces', () => {
    const body = Object.keys(TEMPLATE_VARIABLES)
      .map((v, i) => (i % 2 ? `{{${v}}}` : `{{ ${v} }}`))
      .join(' ');
    expect(templateBodyErrors(body)).toEqual([]);
    for (const t of BUILTIN_TEMPLATES) expect(templateBodyErrors(t.body), t.id).toEqual([]);
  });

  it('reports unknown and incomplete variables', () => {
    expect(templateBodyErrors('Hi {{nmae}}')).toEqual(['unknown variable {{nmae}}']);
    expect(templateBodyErrors('Hi {{brand}')).toEqual(['incomplete variable {{brand}']);
    expect(templateBodyErrors('Hi brand}}')).toEqual(['incomplete variable brand}}']);
    expect(templateBodyErrors('Hi {brand}')).toEqual(['incomplete variable {brand}']);
    expect(templateBodyErrors('Hi {{}}')).toEqual(['incomplete variable {{}}']);
    // Single braces around a word that is no variable are plain text.
    expect(templateBodyErrors('Use {curly} braces, 50% off {{brand}}')).toEqual([]);
  });
});

describe('validateTemplate (the editor’s live preview)', () => {
  it('renders on the sample case with the given settings, lint-clean', () => {
    const check = validateTemplate(template, SAMPLE_SETTINGS);
    expect(check.errors).toEqual([]);
    expect(check.findings).toEqual([]);
    expect(check.preview).toContain('陳大明 您好');
    expect(check.preview).toContain('02-2345-6789 分機 123');
    expect(check.sample).toMatchObject({ text: SAMPLE_CASE_TEXT['zh-TW'], category: 'delivery' });
  });

  it('blocks unknown variables', () => {
    const check = validateTemplate({ ...template, body: template.body + '{{coupon}}' }, SAMPLE_SETTINGS);
    expect(check.errors).toEqual(['unknown variable {{coupon}}']);
    expect(check.preview).toContain('{{coupon}}');
  });

  it('warns (without blocking) when the rendered sample fails lint, in the UI language', () => {
    const check = validateTemplate({ ...template, body: '{{salutation}}，我們會馬上為您退款。' }, SAMPLE_SETTINGS, {
      uiLocale: 'zh-TW',
    });
    expect(check.errors).toEqual([]);
    expect(check.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['unauthorized-promise', 'missing-dedicated-line', 'missing-handler']),
    );
    expect(check.lintErrors.join(' ')).toContain('未經授權的承諾');
  });

  it('uses the current settings: no dedicated line set → the preview has the placeholder and a lint error', () => {
    const check = validateTemplate(template, DEFAULT_SETTINGS);
    expect(check.preview).toContain('【請在設定填寫專線】');
    expect(check.findings.map((f) => f.rule)).toContain('missing-dedicated-line');
  });

  it('gives advice on private templates that skip the verbatim quote or the FAQ, and public ones that quote', () => {
    expect(validateTemplate({ ...template, kind: 'private' }).advice).toEqual([
      'private-without-verbatim',
      'private-without-faq',
    ]);
    expect(validateTemplate({ ...template, body: template.body + '{{verbatim}}' }).advice).toEqual([
      'public-with-verbatim',
    ]);
    expect(validateTemplate(BUILTIN_TEMPLATES.find((t) => t.kind === 'private')!).advice).toEqual([]);
  });

  it('every built-in template previews without errors or lint errors', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const check = validateTemplate(t, SAMPLE_SETTINGS);
      expect(check.errors, t.id).toEqual([]);
      expect(check.lintErrors, t.id).toEqual([]);
    }
  });
});

describe('library file', () => {
  it('round-trips through serializeLibrary', () => {
    const parsed = parseLibraryFile(serializeLibrary(library));
    expect(parsed).toEqual({ ok: true, library, corrections: [] });
    expect(parseLibraryFile('\uFEFF' + serializeLibrary(library)).ok).toBe(true);
  });

  it.each([
    ['not JSON', '{"version": 1,', /Not valid JSON/],
    ['wrong version', JSON.stringify({ ...library, version: 2 }), /^version:/],
    [
      'missing field, with the entry id',
      JSON.stringify({ ...library, templates: [{ ...template, body: undefined }] }),
      /templates\.0 \(id "tpl-delivery"\)\.body/,
    ],
    [
      'bad language',
      JSON.stringify({ ...library, faq: [{ ...faq, language: 'fr' }] }),
      /faq\.0 \(id "faq-ship"\)\.language/,
    ],
    ['duplicate id', JSON.stringify({ ...library, faq: [faq, faq] }), /faq\.1 \(id "faq-ship"\)\.id: duplicate FAQ id/],
    [
      'unknown variable',
      JSON.stringify({ ...library, templates: [{ ...template, body: 'Hi {{nmae}}' }] }),
      /templates\.0 \(id "tpl-delivery"\)\.body: unknown variable \{\{nmae\}\}/,
    ],
    ['not an object', '[]', /\(file\)/],
  ])('refuses %s and says where', (_label, text, message) => {
    const result = parseLibraryFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('planImport (dry run)', () => {
  const other: Template = { ...template, id: 'tpl-other', name: 'Other' };
  const changed: Template = { ...template, name: '物流延誤（新版）' };
  const faq2: FaqEntry = { ...faq, id: 'faq-2', question: '可以改地址嗎？' };

  it('counts what merging and replacing would do, and changes nothing', () => {
    const incoming: Library = { version: 1, templates: [changed, other], faq: [faq, faq2] };
    const before = JSON.stringify(library);
    const plan = planImport(library, incoming);
    expect(JSON.stringify(library)).toBe(before);
    expect(plan.templates).toEqual({ inFile: 2, added: 1, updated: 1, unchanged: 0, removedByReplace: 0 });
    expect(plan.faq).toEqual({ inFile: 2, added: 1, updated: 0, unchanged: 1, removedByReplace: 0 });
    expect(plan.merged).toEqual({ version: 1, templates: [changed, other], faq: [faq, faq2] });
    expect(plan.replaced).toBe(incoming);
  });

  it('replacing removes what the file does not have', () => {
    const plan = planImport(library, EMPTY_LIBRARY);
    expect(plan.templates.removedByReplace).toBe(1);
    expect(plan.faq.removedByReplace).toBe(1);
    expect(plan.merged).toEqual(library);
  });

  it('refuses a merge that would exceed the limits', () => {
    const many = (n: number, prefix: string): Template[] =>
      Array.from({ length: n }, (_, i) => ({ ...template, id: `${prefix}${i}` }));
    const plan = planImport({ ...library, templates: many(600, 'a') }, { ...library, templates: many(600, 'b') });
    expect(plan.merged).toBeNull();
    expect(plan.mergeError).toMatch(/templates/);
  });
});

describe('repairLibrary (a stored value that no longer fits)', () => {
  it('passes a valid or absent value through', () => {
    expect(repairLibrary(library)).toEqual({ library, problem: null });
    expect(repairLibrary(undefined)).toEqual({ library: EMPTY_LIBRARY, problem: null });
  });

  it('keeps every valid entry and says what was skipped', () => {
    const raw = {
      version: 1,
      templates: [
        template,
        { ...template, id: 'bad', language: 'fr' },
        { ...template, id: 'tpl-var', body: 'Hi {{nmae}}' },
        template,
      ],
      faq: [faq, { id: 'x' }],
    };
    const repaired = repairLibrary(raw);
    expect(repaired.library).toEqual({ version: 1, templates: [template], faq: [faq] });
    expect(repaired.problem).toMatch(/templates\.1 \(id "bad"\)\.language/);
  });

  it('reports unknown variables in an otherwise valid value', () => {
    const repaired = repairLibrary({ ...library, templates: [{ ...template, body: 'Hi {{nmae}}' }] });
    expect(repaired.library.templates).toEqual([]);
    expect(repaired.problem).toContain('unknown variable {{nmae}}');
  });

  it('survives garbage', () => {
    expect(repairLibrary('nonsense').library).toEqual(EMPTY_LIBRARY);
    expect(repairLibrary({ version: 2, templates: 'x' }).problem).toBeTruthy();
  });
});
