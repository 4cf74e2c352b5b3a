import { browser } from 'wxt/browser';

/**
 * Whether this content script still belongs to a running extension. After Tactful is
 * updated, reloaded or removed, the scripts already in open tabs keep running, but their
 * extension context is gone: `runtime.id` is undefined and every message fails.
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}
