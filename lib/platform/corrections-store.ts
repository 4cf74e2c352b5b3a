import { browser } from 'wxt/browser';
import type { CorrectionStorage } from '../background/corrections';
import type { CorrectionsValue } from '../corrections/schema';
import { repairCorrections, type RepairedCorrections } from '../corrections/store';

/**
 * The CSM's corrections live in storage.local under `corrections` (lib/corrections/schema.ts).
 * Content scripts and pages read and watch them here; only the background writes them
 * (`correctionStorage`), when asked through the protocol.
 */
export const CORRECTIONS_KEY = 'corrections';
/** A stored value that could not be read completely, kept as it was before the background wrote over it. */
export const DAMAGED_CORRECTIONS_KEY = 'correctionsDamaged';

export interface DamagedCorrections {
  at: string;
  problem: string;
  raw: unknown;
}

/** The stored value as it is, unchecked (content scripts check it in idle slices). */
export async function loadStoredCorrections(): Promise<unknown> {
  return (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY];
}

/** Calls back with the stored value, unchecked, whenever it changes (from any tab or page). */
export function watchStoredCorrections(callback: (raw: unknown) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && CORRECTIONS_KEY in changes) callback(changes[CORRECTIONS_KEY]!.newValue);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** The stored corrections; when part could not be read, every valid entry and what was skipped. */
export async function loadCorrections(): Promise<RepairedCorrections> {
  return repairCorrections(await loadStoredCorrections());
}

/** Calls back with the corrections whenever they change (from any tab or page). */
export function watchCorrections(callback: (loaded: RepairedCorrections) => void): () => void {
  return watchStoredCorrections((raw) => callback(repairCorrections(raw)));
}

/** The damaged value kept aside, if any (the dashboard offers it for download). */
export async function loadDamagedCorrections(): Promise<DamagedCorrections | null> {
  const stored = await browser.storage.local.get(DAMAGED_CORRECTIONS_KEY);
  return (stored[DAMAGED_CORRECTIONS_KEY] as DamagedCorrections | undefined) ?? null;
}

export async function dismissDamagedCorrections(): Promise<void> {
  await browser.storage.local.remove(DAMAGED_CORRECTIONS_KEY);
}

/** The background's access to the stored value (lib/background/corrections.ts). */
export const correctionStorage: CorrectionStorage = {
  read: async () => (await browser.storage.local.get(CORRECTIONS_KEY))[CORRECTIONS_KEY],
  write: async (value: CorrectionsValue) => {
    await browser.storage.local.set({ [CORRECTIONS_KEY]: value });
  },
  keepDamaged: async (raw, problem) => {
    const kept: DamagedCorrections = { at: new Date().toISOString(), problem, raw };
    await browser.storage.local.set({ [DAMAGED_CORRECTIONS_KEY]: kept });
  },
};
