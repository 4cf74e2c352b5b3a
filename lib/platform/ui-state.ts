import { browser } from 'wxt/browser';

/** storage.local key of the Gmail sidebar's collapsed state (remembered across pages). */
const GMAIL_COLLAPSED_KEY = 'gmailSidebarCollapsed';

export async function loadSidebarCollapsed(): Promise<boolean> {
  const stored = await browser.storage.local.get(GMAIL_COLLAPSED_KEY);
  return stored[GMAIL_COLLAPSED_KEY] === true;
}

export async function saveSidebarCollapsed(collapsed: boolean): Promise<void> {
  await browser.storage.local.set({ [GMAIL_COLLAPSED_KEY]: collapsed });
}
