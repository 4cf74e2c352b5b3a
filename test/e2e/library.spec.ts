import fs from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { StoredCorrection } from '../../lib/corrections/schema';
import type { Library } from '../../lib/draft/types';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { EN_THREADS, renderGmailEn, threadUrl } from '../fixtures/gmail/threads';
import { setSettings, type ExtensionBrowser } from '../support/browser';
import { serveGmail } from '../support/gmail';
import { expect, test } from './fixtures';

/** The Templates & FAQ tab of the options page (components/library), stored in storage.local `library`. */

const storedLibrary = (ext: ExtensionBrowser) =>
  ext.serviceWorker.evaluate(async () => (await chrome.storage.local.get('library')).library) as Promise<
    Library | undefined
  >;
const setLibrary = (ext: ExtensionBrowser, library: Library) =>
  ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ library: value }), library);

async function openLibrary(ext: ExtensionBrowser): Promise<Page> {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // Keyboard: the tabs follow the ARIA tabs pattern.
  await page.locator('[data-tactful-tab="settings"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-tactful-tab="library"]')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('[data-tactful-tab="library"]')).toBeFocused();
  await expect(page.locator('[data-tactful="template-list"]')).toBeVisible();
  return page;
}

const GOOD_BODY =
  '{{salutation}}，物流延誤讓您久等了，很抱歉。請撥打專線 {{contactLine}} 找{{handlerTitle}}，我們會在{{deadline}}與您聯繫。';

const SAMPLE_LIBRARY: Library = {
  version: 1,
  templates: [
    {
      id: 'tpl-delivery',
      name: '物流延誤',
      language: 'zh-TW',
      kind: 'public',
      quadrant: 'any',
      category: 'delivery',
      tone: 'any',
      body: GOOD_BODY,
    },
    {
      id: 'tpl-en',
      name: 'Late order',
      language: 'en',
      kind: 'private',
      quadrant: 'reasonable-not-responsible',
      category: 'delivery',
      tone: 'warm',
      body: '{{salutation}},\n\n{{verbatim}}\n\nCall {{contactLine}} and ask for {{handlerTitle}}; I will reply {{deadline}}.\n\n{{faq}}',
    },
  ],
  faq: [
    {
      id: 'faq-ship',
      question: '多久會出貨？',
      answer: '下單後兩個工作天內出貨。',
      tags: ['出貨', '物流'],
      language: 'zh-TW',
    },
    {
      id: 'faq-return',
      question: 'How do I return an item?',
      answer: 'Within 7 days of delivery.',
      tags: ['returns'],
      language: 'en',
    },
  ],
};

test('a template with an unknown variable cannot be saved; fixed, its preview updates and it is stored', async ({
  ext,
}) => {
  const page = await openLibrary(ext);
  await expect(page.locator('[data-tactful="templates-empty"]')).toBeVisible();
  await page.locator('[data-tactful-action="new-template"]').click();
  const editor = page.locator('[data-tactful="template-editor"]');
  await expect(editor.getByLabel('Name')).toBeFocused();
  await editor.getByLabel('Name').fill('物流延誤');
  await editor.getByLabel('Language').selectOption('zh-TW');
  await editor.getByLabel('Category').selectOption('delivery');
  const body = editor.getByLabel('Text');
  await body.fill(GOOD_BODY + '{{nmae}}');

  await expect(editor.locator('[data-tactful="template-error"]')).toContainText('{{nmae}}');
  await expect(editor.locator('[data-tactful-action="save-template"]')).toBeDisabled();
  await expect(body).toHaveAttribute('aria-invalid', 'true');

  // Fix it: the preview shows the sample case rendered with the saved settings, lint-clean.
  await body.fill(GOOD_BODY);
  await expect(editor.locator('[data-tactful="template-error"]')).toHaveCount(0);
  const preview = editor.locator('[data-tactful="template-preview"]');
  await expect(preview).toContainText('陳大明 您好，物流延誤讓您久等了');
  await expect(preview).toContainText('02-2345-6789 分機 123（服務時間：週一至週五 09:00–18:00）');
  await expect(preview).toContainText('中午前'); // the sample line has working hours: a concrete time
  await expect(editor.locator('[data-tactful="template-lint-clean"]')).toBeVisible();

  // The palette inserts at the cursor (here: right after the salutation variable).
  await body.evaluate((el: HTMLTextAreaElement) =>
    el.setSelectionRange('{{salutation}}'.length, '{{salutation}}'.length),
  );
  await editor.locator('[data-variable="brand"]').click();
  await expect(body).toHaveValue(GOOD_BODY.replace('{{salutation}}', '{{salutation}}{{brand}}'));
  await expect(body).toBeFocused();
  await expect(preview).toContainText('陳大明 您好小日子選物，');
  await body.fill(GOOD_BODY);

  // A sample that fails the reply check warns but can be saved.
  await body.fill(GOOD_BODY + '我們會馬上為您退款。');
  await expect(editor.locator('[data-tactful="template-lint-warning"]')).toBeVisible();
  await expect(editor.locator('[data-tactful="template-findings"] [data-rule="unauthorized-promise"]')).toBeVisible();
  await expect(editor.locator('[data-tactful-action="save-template"]')).toBeEnabled();
  await body.fill(GOOD_BODY);
  await expect(editor.locator('[data-tactful="template-lint-warning"]')).toHaveCount(0);

  // Untrusted-looking text in a template stays text in the preview.
  await body.fill(GOOD_BODY + '<img src=x onerror="document.title=1">');
  await expect(preview).toContainText('<img src=x onerror="document.title=1">');
  await expect(preview.locator('img')).toHaveCount(0);
  await body.fill(GOOD_BODY);

  await editor.locator('[data-tactful-action="save-template"]').click();
  await expect(page.locator('[data-tactful="templates-status"]')).toContainText('物流延誤');
  const stored = await storedLibrary(ext);
  expect(stored?.templates).toHaveLength(1);
  expect(stored!.templates[0]).toMatchObject({
    name: '物流延誤',
    language: 'zh-TW',
    kind: 'public',
    quadrant: 'any',
    category: 'delivery',
    tone: 'any',
    body: GOOD_BODY,
  });
  const id = stored!.templates[0]!.id;
  expect(id).toMatch(/^tpl-/);

  // Edit, then Escape: nothing changes and focus returns to the Edit button.
  const editButton = page.locator(`[data-template-id="${id}"] [data-action="edit"]`);
  await editButton.click();
  await page.locator('[data-tactful="template-editor"]').getByLabel('Text').fill('changed {{brand}}');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-tactful="template-editor"]')).toHaveCount(0);
  await expect(editButton).toBeFocused();
  expect((await storedLibrary(ext))!.templates[0]!.body).toBe(GOOD_BODY);

  // Delete, then undo.
  await page.locator(`[data-template-id="${id}"] [data-action="delete"]`).click();
  await expect(page.locator('[data-tactful-action="undo"]')).toBeFocused();
  expect((await storedLibrary(ext))!.templates).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.locator(`[data-template-id="${id}"]`)).toBeVisible();
  expect((await storedLibrary(ext))!.templates.map((t) => t.id)).toEqual([id]);
});

test('a built-in template is read-only and can be duplicated into an editable one', async ({ ext }) => {
  const page = await openLibrary(ext);
  const row = page.locator('[data-template-id="builtin.en.private.warm"]');
  await expect(row.locator('[data-action="edit"]')).toHaveCount(0);
  await row.locator('[data-action="view"]').click();
  const editor = page.locator('[data-tactful="template-editor"][data-mode="view"]');
  await expect(editor.getByLabel('Text')).toHaveAttribute('readonly', '');
  await expect(editor.locator('[data-tactful="template-preview"]')).toContainText(
    '“Fix this or I will dispute the charge”',
  ); // the points read back, quoted
  await editor.locator('[data-tactful-action="duplicate-template"]').click();

  const copy = page.locator('[data-tactful="template-editor"][data-mode="new"]');
  await expect(copy.getByLabel('Name')).toHaveValue('Private follow-up (warm) (copy)');
  await copy.getByLabel('Category').selectOption('billing');
  await copy.getByLabel('Text').press('Control+End');
  await copy.getByLabel('Text').pressSequentially('\nP.S. {{contactEmail}}');
  await expect(copy.locator('[data-tactful="template-preview"]')).toContainText('P.S. care@example.tw');
  await copy.locator('[data-tactful-action="save-template"]').click();

  const stored = await storedLibrary(ext);
  expect(stored?.templates).toHaveLength(1);
  const saved = stored!.templates[0]!;
  expect(saved.id).not.toMatch(/^builtin\./);
  expect(saved).toMatchObject({
    name: 'Private follow-up (warm) (copy)',
    language: 'en',
    kind: 'private',
    tone: 'warm',
    category: 'billing',
  });
  expect(saved.body).toMatch(/^\{\{salutation\}\},\n\nThanks so much/);
  expect(saved.body.endsWith('\nP.S. {{contactEmail}}')).toBe(true);
  await expect(page.locator(`[data-template-id="${saved.id}"] [data-action="edit"]`)).toBeVisible();

  // Filters: language + kind + category narrow the list; "mine" shows only the copy.
  await page.locator('[data-filter="source"]').selectOption('mine');
  await expect(page.locator('[data-tactful="template-list"] tbody tr')).toHaveCount(1);
  await page.locator('[data-filter="source"]').selectOption('all');
  await page.locator('[data-filter="language"]').selectOption('en');
  await page.locator('[data-filter="kind"]').selectOption('public');
  await page.locator('[data-filter="category"]').selectOption('health');
  await expect(page.locator('[data-tactful="template-list"] tbody tr')).toHaveCount(7); // three formal and three warm wordings, health
});

test('FAQ entries are added, found by a Chinese substring (either script) and deleted with undo', async ({ ext }) => {
  const page = await openLibrary(ext);
  const faq = page.locator('[data-tactful="library-faq"]');
  await expect(faq.locator('[data-tactful="faq-empty"]')).toBeVisible();

  const add = async (question: string, answer: string, tags: string, language: string) => {
    await faq.locator('[data-tactful-action="new-faq"]').click();
    const editor = faq.locator('[data-tactful="faq-editor"]');
    await expect(editor.getByLabel('Question')).toBeFocused();
    await expect(editor.locator('[data-tactful-action="save-faq"]')).toBeDisabled();
    await editor.getByLabel('Question').fill(question);
    await editor.getByLabel('Answer').fill(answer);
    await editor.getByLabel('Tags').fill(tags);
    await editor.getByLabel('Language').selectOption(language);
    await editor.locator('[data-tactful-action="save-faq"]').click();
    await expect(faq.locator('[data-tactful="faq-status"]')).toBeVisible();
  };
  await add('多久會出貨？', '下單後兩個工作天內出貨，週末順延。', '出貨，物流', 'zh-TW');
  await add('How do I return an item?', 'Returns are accepted within 7 days of delivery.', 'returns, refund', 'en');

  const stored = await storedLibrary(ext);
  expect(stored?.faq).toHaveLength(2);
  expect(stored!.faq[0]).toMatchObject({
    question: '多久會出貨？',
    answer: '下單後兩個工作天內出貨，週末順延。',
    tags: ['出貨', '物流'],
    language: 'zh-TW',
  });

  const search = faq.getByLabel('Search questions, answers and tags');
  const items = faq.locator('[data-tactful="faq-list"] > li');
  await search.fill('工作天');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('多久會出貨？');
  await search.fill('出货'); // Simplified finds the Traditional entry
  await expect(items).toHaveCount(1);
  await search.fill('7 days');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('How do I return');
  await search.fill('不存在');
  await expect(faq).toContainText('No entry matches “不存在”.');
  await search.fill('');
  await expect(items).toHaveCount(2);

  // Edit: Escape cancels.
  await items.first().locator('[data-action="edit"]').click();
  await faq.locator('[data-tactful="faq-editor"]').getByLabel('Answer').fill('改掉');
  await page.keyboard.press('Escape');
  await expect(faq.locator('[data-tactful="faq-editor"]')).toHaveCount(0);
  expect((await storedLibrary(ext))!.faq[0]!.answer).toBe('下單後兩個工作天內出貨，週末順延。');

  await items.first().locator('[data-action="delete"]').click();
  await expect(items).toHaveCount(1);
  expect((await storedLibrary(ext))!.faq).toHaveLength(1);
  await faq.locator('[data-tactful-action="undo"]').click();
  await expect(items).toHaveCount(2);
  expect((await storedLibrary(ext))!.faq.map((f) => f.question)).toEqual(['多久會出貨？', 'How do I return an item?']);
});

test('a malformed library file is refused with the location of the problem and changes nothing', async ({ ext }) => {
  await setLibrary(ext, SAMPLE_LIBRARY);
  const page = await openLibrary(ext);
  const input = page.locator('[data-tactful="library-import"]');
  const status = page.locator('[data-tactful="library-import-status"]');

  const bad = {
    ...SAMPLE_LIBRARY,
    templates: [SAMPLE_LIBRARY.templates[0], { ...SAMPLE_LIBRARY.templates[1], body: 'Hi {{nmae}}' }],
  };
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(status).toContainText('templates.1 (id "tpl-en").body: unknown variable {{nmae}}');
  await expect(status).toHaveAttribute('role', 'alert');

  const wrongType = { ...SAMPLE_LIBRARY, faq: [{ ...SAMPLE_LIBRARY.faq[0], tags: '出貨' }] };
  await input.setInputFiles({
    name: 'bad2.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(wrongType)),
  });
  await expect(status).toContainText('faq.0 (id "faq-ship").tags');

  await input.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"version": 1, "templates": ['),
  });
  await expect(status).toContainText('Not valid JSON');
  await expect(page.locator('[data-tactful="library-import-plan"]')).toHaveCount(0);
  expect(await storedLibrary(ext)).toEqual(SAMPLE_LIBRARY);
});

test('export writes a file that imports back identically (dry run first, then replace or merge)', async ({ ext }) => {
  await setLibrary(ext, SAMPLE_LIBRARY);
  const page = await openLibrary(ext);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-tactful-action="library-export"]').click(),
  ]);
  expect(download.suggestedFilename()).toBe('tactful-library.json');
  const fileText = await fs.readFile((await download.path())!, 'utf8');
  expect(JSON.parse(fileText)).toEqual(SAMPLE_LIBRARY);

  // Start from an empty library in another window: the page follows the change.
  await setLibrary(ext, { version: 1, templates: [], faq: [] });
  await expect(page.locator('[data-tactful="templates-empty"]')).toBeVisible();

  await page
    .locator('[data-tactful="library-import"]')
    .setInputFiles({ name: 'tactful-library.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  const plan = page.locator('[data-tactful="library-import-plan"]');
  await expect(plan).toContainText('“tactful-library.json” is valid');
  await expect(plan.locator('tbody tr').first()).toHaveText(/Templates\s*2\s*2\s*0\s*0\s*0/);
  expect(await storedLibrary(ext)).toEqual({ version: 1, templates: [], faq: [] }); // a dry run writes nothing
  await plan.locator('[data-tactful-action="library-import-replace"]').click();
  await expect(page.locator('[data-tactful="library-import-status"]')).toContainText('replaced');
  expect(await storedLibrary(ext)).toEqual(SAMPLE_LIBRARY);

  // Merging the same file again changes nothing: everything is identical.
  await page
    .locator('[data-tactful="library-import"]')
    .setInputFiles({ name: 'tactful-library.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  await expect(plan.locator('tbody tr').nth(1)).toHaveText(/FAQ entries\s*2\s*0\s*0\s*2\s*0/);
  await plan.locator('[data-tactful-action="library-import-merge"]').click();
  await expect(page.locator('[data-tactful="library-import-status"]')).toContainText('merged');
  expect(await storedLibrary(ext)).toEqual(SAMPLE_LIBRARY);
  await expect(page.locator('[data-template-id="tpl-en"]')).toBeVisible();
});

test('the library file carries the corrections without the customer details; importing it adds them, counted first', async ({
  ext,
}) => {
  await setLibrary(ext, SAMPLE_LIBRARY);
  // As a Facebook card stores one (the features are the text's hashed n-grams, no words).
  const mine: StoredCorrection = {
    correction: {
      id: 'c0ffee00-0000-4000-8000-000000000001',
      createdAt: '2026-11-25T03:14:00.000Z',
      complaint: false,
      sourceKey: 'facebook:comment:1000000000000042',
      features: {
        version: 1,
        group: 'zh',
        bits: 20,
        textHash: 'e175be7a9023f661',
        keys: [15583, 38987],
        values: [-0.16, 0.3],
        signals: [],
      },
    },
    via: 'facebook',
    local: {
      excerpt: '小編這篇文案是認真的嗎 笑死 但我還是下單了',
      context: 'SECRET-PAGE',
      authorContact: 'https://www.facebook.com/secret.customer',
    },
  };
  const setCorrections = (entries: unknown[]) =>
    ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ corrections: value }), {
      version: 1,
      entries,
      undone: [],
    });
  const storedCorrections = () =>
    ext.serviceWorker.evaluate(
      async () => ((await chrome.storage.local.get('corrections')).corrections as { entries: unknown[] }).entries,
    );
  await setCorrections([mine]);
  const page = await openLibrary(ext);
  await expect(page.locator('[data-tactful="library-corrections-shared"]')).toContainText('your corrections (1)');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-tactful-action="library-export"]').click(),
  ]);
  const fileText = await fs.readFile((await download.path())!, 'utf8');
  const file = JSON.parse(fileText) as { corrections: Record<string, unknown>[] };
  expect(file.corrections).toHaveLength(1);
  expect(file.corrections[0]).toMatchObject({ id: mine.correction.id, complaint: false });
  for (const personal of ['小編', 'SECRET-PAGE', 'secret.customer', 'comment:1000000000000042', 'local', 'excerpt'])
    expect(fileText).not.toContain(personal);

  // Another browser (here: the corrections reset): the dry run counts them, merging adds them.
  await setCorrections([]);
  await page
    .locator('[data-tactful="library-import"]')
    .setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  const planned = page.locator('[data-tactful="library-import-corrections"]');
  await expect(planned).toHaveAttribute('data-added', '1');
  await expect(planned).toContainText('1 in the file, 1 new here');
  expect(await storedCorrections()).toEqual([]); // a dry run writes nothing
  await page.locator('[data-tactful-action="library-import-merge"]').click();
  await expect(page.locator('[data-tactful="library-import-status"]')).toContainText('Corrections added: 1.');
  const [added] = (await storedCorrections()) as { via: string; local?: unknown; correction: { id: string } }[];
  expect(added).toMatchObject({ via: 'library', correction: { id: mine.correction.id } });
  expect(added!.local).toBeUndefined();
  // Importing the same file again adds nothing.
  await page
    .locator('[data-tactful="library-import"]')
    .setInputFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(fileText) });
  await expect(planned).toHaveAttribute('data-added', '0');
});

test('the library UI speaks Traditional and Simplified Chinese', async ({ ext }) => {
  await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, uiLanguage: 'zh-TW' });
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html#library`);
  await expect(page.locator('[data-tactful-tab="library"]')).toHaveText('範本與 FAQ');
  await expect(page.locator('[data-template-id="builtin.zh-TW.public.formal"] th')).toContainText('公開回覆（正式）');
  await expect(page.locator('[data-tactful="library-faq"] h2')).toHaveText('FAQ 知識庫');
  await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, uiLanguage: 'zh-CN' });
  await page.reload();
  await expect(page.locator('[data-tactful-tab="library"]')).toHaveText('模板与 FAQ');
  await expect(page.locator('[data-tactful-action="new-template"]')).toContainText('新建模板');
});

test('the Gmail sidebar drafts with the user’s own template and offers their FAQ entries', async ({ ext }) => {
  const mine: Library = {
    version: 1,
    templates: [
      {
        id: 'tpl-mine',
        name: 'My follow-up',
        language: 'en',
        kind: 'private',
        quadrant: 'any',
        category: 'any',
        tone: 'any',
        body: '{{salutation}},\n\nMY-OWN-TEMPLATE: here is what you wrote:\n{{verbatim}}\nPlease confirm it is right.\n\n{{faq}}\n\nCall {{contactLine}} and ask for {{handlerTitle}}; I will reply {{deadline}}.',
      },
    ],
    faq: [
      {
        id: 'faq-ship',
        question: 'When do orders ship?',
        answer: 'FAQ-ANSWER: orders ship within 2 working days.',
        tags: ['shipping'],
        language: 'en',
      },
    ],
  };
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  await setLibrary(ext, mine);
  await serveGmail(ext.context, renderGmailEn());
  const page = await ext.context.newPage();
  await page.goto(threadUrl(EN_THREADS[0]!));
  const draft = page.locator('[data-tactful="reply-draft"]');
  await expect(draft).toHaveValue(/MY-OWN-TEMPLATE/);
  await expect(draft).not.toHaveValue(/FAQ-ANSWER/);
  await page.locator('[data-tactful="faq-search"]').fill('ship');
  await page.locator('[data-tactful="sidebar"] .tf-faq button').first().click();
  await expect(draft).toHaveValue(/FAQ-ANSWER: orders ship within 2 working days\./);
  // Deleting the template in the options page (another window) brings the built-in back.
  await setLibrary(ext, { ...mine, templates: [] });
  await expect(draft).not.toHaveValue(/MY-OWN-TEMPLATE/);
  await expect(draft).toHaveValue(
    /Could you confirm that this is complete and correct\?|Could you check that I've got everything right\?/,
  );
});

test('a damaged stored library keeps its valid entries and says what could not be read', async ({ ext }) => {
  await ext.serviceWorker.evaluate((value) => chrome.storage.local.set({ library: value }), {
    version: 1,
    templates: [SAMPLE_LIBRARY.templates[0], { ...SAMPLE_LIBRARY.templates[1], kind: 'letter' }],
    faq: SAMPLE_LIBRARY.faq,
  } as unknown as Library);
  const page = await openLibrary(ext);
  await expect(page.locator('[data-tactful="library-damage"]')).toContainText('templates.1 (id "tpl-en").kind');
  await expect(page.locator('[data-template-id="tpl-delivery"]')).toBeVisible();
  await expect(page.locator('[data-template-id="tpl-en"]')).toHaveCount(0);
  await expect(page.locator('[data-tactful="faq-list"] > li')).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-tactful="library-damage"] button').first().click(),
  ]);
  expect(JSON.parse(await fs.readFile((await download.path())!, 'utf8')).templates[1].kind).toBe('letter');
});
