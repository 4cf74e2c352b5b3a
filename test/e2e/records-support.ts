import type { Page } from '@playwright/test';
import fs from 'node:fs/promises';
import type { CaptureInput } from '../../lib/records/capture-input';
import type { ExtensionBrowser } from '../support/browser';
import { dbTable, expect } from './fixtures';

/** What the records browser tests share: seeding cases through the background, the dashboard, its downloads, database snapshots. */

export const HOUR = 3_600_000;
export type Tactful = {
  handleMessage(m: unknown): Promise<{ ok: boolean; data?: unknown; error?: unknown }>;
  db: Record<string, any>;
};
export interface CaseRowLike {
  id: string;
  sourceKey: string;
  source: string;
  url: string;
  context: string;
  authorName: string;
  authorContact: string;
  status: string;
  severity: string;
  categories: string[];
  quadrant: string | null;
  firstSeenAt: number;
  deadlineAt: number;
  versionCount: number;
  headHash: string;
  latestText: string;
}

export function capture(
  key: string,
  text: string,
  extra: Partial<CaptureInput> & { severity?: string; categories?: string[] } = {},
): CaptureInput {
  const { severity = 'high', categories = ['delivery'], ...rest } = extra;
  return {
    source: 'facebook',
    sourceKey: `facebook:comment:${key}`,
    url: `https://www.facebook.com/xiaorizi.select/posts/1?comment_id=${key}`,
    context: '小日子選物',
    author: { name: `客戶 ${key}`, contact: `https://www.facebook.com/customer.${key}` },
    text,
    detected: {
      score: 0.9,
      severity: severity as 'high',
      categories: categories as ['delivery'],
      quadrant: null,
      language: 'zh-TW',
      need: 'venting',
    },
    ...rest,
  };
}

/** Records captures through the background's real message handler; returns the case ids in order. */
export async function seed(ext: ExtensionBrowser, captures: CaptureInput[]): Promise<string[]> {
  return ext.serviceWorker.evaluate(async (captures) => {
    const tactful = (globalThis as unknown as { tactful: Tactful }).tactful;
    const res = await tactful.handleMessage({ type: 'captureBatch', captures });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    return (res.data as { results: { case: { id: string } }[] }).results.map((r) => r.case.id);
  }, captures);
}

/** Changes case rows directly (deadlines, dates) to set up a scenario. */
export async function patchCase(ext: ExtensionBrowser, id: string, changes: Partial<CaseRowLike>) {
  await ext.serviceWorker.evaluate(
    ([id, changes]) => (globalThis as unknown as { tactful: Tactful }).tactful.db.cases.update(id, changes),
    [id, changes] as const,
  );
}

export async function openDashboard(ext: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/cases.html${hash}`);
  await expect(page.locator('[data-tactful="case-count"], [data-tactful="empty"]').first()).toBeVisible();
  return page;
}

export const rows = (page: Page) => page.locator('[data-tactful="case-row"]');
export const row = (page: Page, id: string) => page.locator(`[data-tactful="case-row"][data-case-id="${id}"]`);
export const shownIds = async (page: Page) =>
  (await rows(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-case-id')!))).sort();
export const sorted = (ids: string[]) => [...ids].sort();

export async function download(page: Page, action: 'export-csv' | 'export-json'): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-tactful-action="${action}"]`).click(),
  ]);
  return fs.readFile((await file.path())!);
}

/** JSON with object keys sorted, so equal rows compare equal whatever order their keys were written in. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Every table, without auto-increment ids, in a stable order. */
export async function dbSnapshot(ext: ExtensionBrowser) {
  const strip = <T extends { id?: unknown }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  const byKey = (a: object, b: object) => canonical(a).localeCompare(canonical(b));
  return {
    cases: (await dbTable<CaseRowLike>(ext, 'cases')).sort((a, b) => a.id.localeCompare(b.id)),
    records: strip(await dbTable<{ id?: number }>(ext, 'records')).sort(byKey),
    events: strip(await dbTable<{ id?: number }>(ext, 'events')).sort(byKey),
  };
}
