import { browser } from 'wxt/browser';
import { repairLibrary, type RepairedLibrary } from '../draft/library-check';
import { librarySchema, type Library } from '../draft/types';

/** The user's templates and FAQ live in storage.local under `library` (built-ins are in code). */
export const LIBRARY_KEY = 'library';

/**
 * The stored library with, when part of it could not be read, what was skipped (every
 * still-valid entry is kept) and the raw stored value so the user can download it.
 */
export async function loadLibraryChecked(): Promise<RepairedLibrary & { raw: unknown }> {
  const stored = await browser.storage.local.get(LIBRARY_KEY);
  const raw = stored[LIBRARY_KEY];
  return { ...repairLibrary(raw), raw };
}

export async function loadLibrary(): Promise<Library> {
  return (await loadLibraryChecked()).library;
}

export async function saveLibrary(library: Library): Promise<Library> {
  const valid = librarySchema.parse(library);
  await browser.storage.local.set({ [LIBRARY_KEY]: valid });
  return valid;
}

export function watchLibrary(callback: (library: Library) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LIBRARY_KEY in changes)) return;
    callback(repairLibrary(changes[LIBRARY_KEY]!.newValue).library);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
