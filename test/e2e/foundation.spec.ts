import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { FACEBOOK_FIXTURES } from '../fixtures/facebook/posts';
import { EN_THREADS, renderGmailEn, threadUrl } from '../fixtures/gmail/threads';
import { setSettings } from '../support/browser';
import { FACEBOOK_IDLE, serveFacebook } from '../support/facebook';
import { serveGmail } from '../support/gmail';
import { dbTable, expect, test } from './fixtures';

test('the built manifest asks only for the permissions Tactful needs', async ({ ext }) => {
  const manifest = await ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
  expect(manifest.manifest_version).toBe(3);
  expect([...(manifest.permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage', 'unlimitedStorage']);
  expect([...(manifest.host_permissions ?? [])].sort()).toEqual([
    'https://mail.google.com/*',
    'https://web.facebook.com/*',
    'https://www.facebook.com/*',
  ]);
  const contentMatches = (manifest.content_scripts ?? []).flatMap((cs) => cs.matches ?? []);
  for (const match of contentMatches) expect(manifest.host_permissions).toContain(match);
  expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  // Pages may read only Tactful's own code and styles (each loader imports its parts; WXT
  // injects each content script's stylesheet), and only on the site that script runs on.
  const exposed = (manifest.web_accessible_resources ?? []) as { resources: string[]; matches?: string[] }[];
  const facebook = ['https://web.facebook.com/*', 'https://www.facebook.com/*'];
  const gmail = ['https://mail.google.com/*'];
  for (const entry of exposed) {
    expect(entry.matches?.length).toBeGreaterThan(0);
    for (const match of entry.matches ?? []) expect(manifest.host_permissions).toContain(match);
    for (const resource of entry.resources) {
      expect(resource).toMatch(/\.(js|css)$/);
      if (/^(facebook-app\.js|chunks\/facebook-app\/)/.test(resource))
        expect([...(entry.matches ?? [])].sort()).toEqual(facebook);
      else if (/^(gmail-app\.js|chunks\/gmail-app\/)/.test(resource)) expect(entry.matches).toEqual(gmail);
      else expect(resource).toMatch(/^content-scripts\/(facebook|gmail)\.css$/);
    }
  }
});

test('the background rejects a malformed message with a clear error and stores nothing', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const responses = await page.evaluate(async () => {
    const send = (m: unknown) => chrome.runtime.sendMessage(m);
    return [
      await send({ type: 'capture', capture: { source: 'gmail', text: 42 } }),
      await send({ type: 'no.such.message' }),
      await send('a string'),
    ];
  });
  for (const res of responses) {
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'invalid_message', message: expect.stringMatching(/^Invalid message/) },
    });
  }
  expect(await dbTable(ext, 'cases')).toEqual([]);
  expect(await dbTable(ext, 'records')).toEqual([]);
});

test('a capture sent to the background is stored byte-exact in the extension database', async ({ ext }) => {
  const text = '  \n第三次了還是沒收到貨 👨‍👩‍👧 <script>alert(1)</script>\r\n\t ';
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const res = await page.evaluate(
    (text) =>
      chrome.runtime.sendMessage({
        type: 'capture',
        capture: {
          source: 'facebook',
          sourceKey: 'facebook:comment:1',
          url: 'https://www.facebook.com/xiaorizi.select/posts/1',
          context: '小日子選物',
          author: { name: '陳大明', contact: 'https://www.facebook.com/daming' },
          text,
        },
      }),
    text,
  );
  expect(res).toMatchObject({ ok: true, data: { created: true } });
  const records = await dbTable<{ text: string }>(ext, 'records');
  expect(records.map((r) => r.text)).toEqual([text]);
});

test('the options page validates inline, warns about a toll-free line and saves', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.locator('#field-phone').fill('0800-000-123');
  await expect(page.locator('[data-tactful="field-warning"][data-field="phone"]')).toContainText(/toll-free/);
  await page.locator('#field-replyWithinHours').fill('0');
  await expect(page.locator('[data-tactful="field-error"][data-field="replyWithinHours"]')).toContainText('1 to 720');
  await expect(page.locator('[data-tactful-action="save-settings"]')).toBeDisabled();
  await page.locator('#field-replyWithinHours').fill('48');
  await page.locator('[data-tactful-action="save-settings"]').click();
  await expect(page.locator('[data-tactful="settings-status"]')).toBeVisible();
  const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toMatchObject({ replyWithinHours: 48, dedicatedLine: { phone: '0800-000-123' } });
});

test('a malformed settings import is refused with the reason and changes nothing', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await page.locator('[data-tactful="settings-import"]').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...SAMPLE_SETTINGS, replyWithinHours: 'tomorrow' })),
  });
  await expect(page.locator('[data-tactful="settings-status"]')).toContainText('replyWithinHours');
  const stored = await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'));
  expect(stored.settings).toEqual(SAMPLE_SETTINGS);
});

test('damaged stored settings are repaired with a visible notice', async ({ ext }) => {
  await setSettings(ext.serviceWorker, { ...SAMPLE_SETTINGS, replyWithinHours: -1 });
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.locator('[data-tactful="settings-notice"]')).toContainText('replyWithinHours');
  await expect(page.locator('#field-brand')).toHaveValue('小日子選物');
});

test('turning on the retention rule in the options asks first; declining saves nothing', async ({ ext }) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const storedRetention = async () =>
    (
      (await ext.serviceWorker.evaluate(() => chrome.storage.local.get('settings'))).settings as {
        retentionDays: number | null;
      }
    ).retentionDays;
  await page.locator('#field-retentionDays').fill('30');
  const dialogs: string[] = [];
  page.once('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.locator('[data-tactful-action="save-settings"]').click();
  await expect.poll(() => dialogs.length).toBe(1);
  expect(dialogs[0]).toContain('30 days');
  expect(await storedRetention()).toBeNull();
  page.once('dialog', (d) => void d.accept());
  await page.locator('[data-tactful-action="save-settings"]').click();
  await expect.poll(storedRetention).toBe(30);
});

test('after Tactful is updated or reloaded, open pages drop its badges and sidebar and say to reload', async ({
  ext,
}) => {
  await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
  const ZH = FACEBOOK_FIXTURES.zhTW;
  await serveFacebook(ext.context, { [ZH.url]: ZH.html() });
  await serveGmail(ext.context, renderGmailEn());
  const fb = await ext.context.newPage();
  await fb.goto(ZH.url);
  await expect(fb.locator(FACEBOOK_IDLE)).toBeAttached({ timeout: 15_000 });
  await fb.locator('[data-tactful="badge"] button').first().click();
  await expect(fb.locator('[data-tactful="suggestion"]')).toBeVisible();
  const gmail = await ext.context.newPage();
  await gmail.goto(threadUrl(EN_THREADS[0]!));
  await expect(gmail.locator('[data-tactful="verdict"]')).toBeVisible();

  // What an update does to the pages already open: the extension restarts, their content scripts lose it.
  await ext.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => {});

  for (const page of [fb, gmail]) {
    const notice = page.locator('[data-tactful="update-notice"]');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(notice).toContainText('Tactful was updated — reload this page');
  }
  await expect(fb.locator('[data-tactful="badge-host"]')).toHaveCount(0);
  await expect(fb.locator('[data-tactful="card-host"]')).toHaveCount(0);
  await expect(gmail.locator('[data-tactful="sidebar"]')).toHaveCount(0);
  await expect(gmail.locator('style[data-tactful="layout"]')).toHaveCount(0); // Gmail gets its full width back
  await fb.screenshot({ path: test.info().outputPath('update-notice.png') });

  // The notice's button reloads the page (which brings the new version in; in this test browser the
  // extension reloaded from its service worker does not come back, so only the reload is checked).
  await fb.evaluate(() => ((window as unknown as { beforeReload: boolean }).beforeReload = true));
  await Promise.all([fb.waitForEvent('load'), fb.locator('[data-tactful-action="reload-page"]').click()]);
  expect(await fb.evaluate(() => (window as unknown as { beforeReload?: boolean }).beforeReload ?? false)).toBe(false);
  await expect(fb.locator('[data-tactful="update-notice"]')).toHaveCount(0);
});
