import type { Page } from '@playwright/test';
import { SAMPLE_SETTINGS } from '../../lib/settings/defaults';
import { setSettings } from '../support/browser';
import { dbTable, expect, test } from './fixtures';
import { capture, download, openDashboard, seed, type CaseRowLike } from './records-support';

/**
 * The CSM's corrections in the cases dashboard: correcting a case's verdict, the Corrections
 * tab (list, open the case, undo, reset), other tabs following at once, the JSON backup.
 */

const ANGRY = '第三次了還是沒收到貨，再不退款我就找消保官';
const THANKS = '謝謝小編，東西收到了，很好用';

const verdict = (page: Page) => page.locator('[data-tactful="case-verdict"]');
const correctionRows = (page: Page) => page.locator('[data-tactful="correction-row"]');
const storedCorrections = (ext: Parameters<typeof seed>[0]) =>
  ext.serviceWorker.evaluate(async () => {
    const stored = (await chrome.storage.local.get('corrections')).corrections as { entries: unknown[] } | undefined;
    return stored?.entries ?? [];
  });

test.describe('Corrections in the dashboard', () => {
  test('a case corrected as not a complaint changes its verdict here and in another tab, is listed, and undone', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [id] = await seed(ext, [capture('1', ANGRY, { severity: 'high' })]);
    const page = await openDashboard(ext, `#case=${id}`);
    const other = await openDashboard(ext, `#case=${id}`);
    for (const p of [page, other])
      await expect(verdict(p)).toHaveAttribute('data-complaint', 'true', { timeout: 20_000 });
    await expect(verdict(page)).toHaveAttribute('data-correction', 'none');

    await page.locator('[data-tactful-action="correct-not-complaint"]').click();
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'false');
    await expect(verdict(page)).toHaveAttribute('data-correction', 'same-text');
    await expect(page.locator('[data-tactful="verdict-now"]')).toContainText('Not a complaint');
    // The other dashboard tab follows without a reload; the case's own severity follows the CSM.
    await expect(verdict(other)).toHaveAttribute('data-complaint', 'false');
    await expect(page.locator('[data-tactful="case-severity-select"]')).toHaveValue('none');
    expect((await dbTable<CaseRowLike>(ext, 'cases'))[0]!.severity).toBe('none');

    // Kept across a reload of the page.
    await page.reload();
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'false', { timeout: 20_000 });

    // The Corrections tab lists it, opens its case, and undoes it.
    await page.locator('[data-tactful-tab="corrections"]').click();
    await expect(page.locator('[data-tactful="corrections-count"]')).toHaveAttribute('data-count', '1');
    await expect(page.locator('[data-tactful="corrections-count"]')).toHaveText('Learned from 1 correction');
    await expect(correctionRows(page)).toHaveCount(1);
    const listed = correctionRows(page).first();
    await expect(listed).toHaveAttribute('data-complaint', 'false');
    await expect(listed).toContainText('Not a complaint');
    await expect(listed).toContainText('Dashboard');
    await expect(listed.locator('[data-tactful="correction-excerpt"]')).toHaveText(ANGRY);
    await listed.locator('[data-tactful-action="correction-open-case"]').click();
    await expect(page.locator(`[data-tactful="case-detail"][data-case-id="${id}"]`)).toBeVisible();
    await page.locator('[data-tactful-tab="corrections"]').click();
    // Undo from the keyboard.
    await correctionRows(page).first().locator('[data-tactful-action="correction-undo"]').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-tactful="corrections-empty"]')).toBeVisible();
    await expect(page.locator('[data-tactful="corrections-count"]')).toHaveAttribute('data-count', '0');
    expect(await storedCorrections(ext)).toEqual([]);
    await expect(verdict(other)).toHaveAttribute('data-complaint', 'true');
    await expect(verdict(other)).toHaveAttribute('data-correction', 'none');
  });

  test('severity and situation from the keyboard, a similar case follows, the backup holds it, reset asks first', async ({
    ext,
  }) => {
    await setSettings(ext.serviceWorker, SAMPLE_SETTINGS);
    const [thanks, similar] = await seed(ext, [
      capture('1', THANKS, { severity: 'none' }),
      capture('2', `${THANKS}！！`, { severity: 'none' }),
    ]);
    const page = await openDashboard(ext, `#case=${thanks}`);
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'false', { timeout: 20_000 });

    await page.locator('[data-tactful-action="correct-refine"]').click();
    // The form takes the focus: choose with the keyboard, Tab to Save, Enter.
    await expect(page.locator('[data-tactful="correct-severity"]')).toBeFocused();
    await page.keyboard.press('End'); // the last severity: critical
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-tactful="correct-situation"]')).toBeFocused();
    await page.locator('[data-tactful="correct-situation"]').selectOption('reasonable-responsible');
    await page.keyboard.press('Tab');
    await expect(page.locator('[data-tactful-action="correct-save"]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'true');
    await expect(page.locator('[data-tactful="verdict-now"]')).toContainText('Complaint · Critical');
    await expect(page.locator('[data-tactful="verdict-now"]')).toContainText('Reasonable · our responsibility');
    await expect(page.locator('[data-tactful="case-severity-select"]')).toHaveValue('critical');
    await expect(page.locator('[data-tactful="case-quadrant-select"]')).toHaveValue('reasonable-responsible');

    // A similar text (another customer's) follows the correction.
    await page.goto(page.url().replace(/#.*$/, `#case=${similar}`));
    await expect(verdict(page)).toHaveAttribute('data-complaint', 'true', { timeout: 20_000 });
    await expect(verdict(page)).toHaveAttribute('data-correction', 'similar-text');

    // The JSON backup of every case holds the correction with its excerpt.
    const file = await download(page, 'export-json');
    const backup = JSON.parse(file.toString('utf8'));
    expect(backup.corrections).toHaveLength(1);
    expect(backup.corrections[0]).toMatchObject({
      via: 'dashboard',
      correction: { complaint: true, severity: 'critical', quadrant: 'reasonable-responsible' },
      local: { excerpt: THANKS, caseId: thanks },
    });

    // "Delete all data" takes the customer's words out of the correction, which keeps working...
    await page.locator('[data-tactful-tab="data"]').click();
    await page.locator('[data-tactful-action="delete-all"]').click();
    await page.locator('[data-tactful-action="delete-all-confirm"]').click();
    await page.locator('[data-tactful-tab="corrections"]').click();
    const excerpt = correctionRows(page).first().locator('[data-tactful="correction-excerpt"]');
    await expect(excerpt).toHaveText('(text not kept)');
    expect(JSON.stringify(await storedCorrections(ext))).not.toContain(THANKS);
    // ...and restoring the backup brings the cases and the words back (the dry run says so).
    await page
      .locator('[data-tactful="import-file"]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file });
    const planned = page.locator('[data-tactful="import-corrections"]');
    await expect(planned).toHaveAttribute('data-new', '0');
    await expect(planned).toHaveAttribute('data-restored', '1');
    await page.locator('[data-tactful-action="import-apply"]').click();
    await expect(excerpt).toHaveText(THANKS);

    // Reset asks first; Escape cancels; confirming forgets everything.
    await page.locator('[data-tactful-action="corrections-reset"]').click();
    await expect(page.locator('[data-tactful-action="corrections-reset-confirm"]')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(correctionRows(page)).toHaveCount(1);
    await page.locator('[data-tactful-action="corrections-reset"]').click();
    await page.locator('[data-tactful-action="corrections-reset-confirm"]').click();
    await expect(page.locator('[data-tactful="corrections-empty"]')).toBeVisible();
    expect(await storedCorrections(ext)).toEqual([]);
    expect(ext.unroutedRequests).toEqual([]);
  });
});
