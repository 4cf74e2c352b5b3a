import { browser } from 'wxt/browser';
import { EMPTY_LIBRARY, librarySchema, type Library } from '../draft/types';

/** The user's templates and FAQ live in storage.local under `library` (built-ins are in code). */
export const LIBRARY_KEY = 'library';

export async function loadLibrary(): Promise<Library> {
  const stored = await browser.storage.local.get(LIBRARY_KEY);
  const parsed = librarySchema.safeParse(stored[LIBRARY_KEY]);
  return parsed.success ? parsed.data : EMPTY_LIBRARY;
}

export async function saveLibrary(library: Library): Promise<Library> {
  const valid = librarySchema.parse(library);
  await browser.storage.local.set({ [LIBRARY_KEY]: valid });
  return valid;
}

export function watchLibrary(callback: (library: Library) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LIBRARY_KEY in changes)) return;
    const parsed = librarySchema.safeParse(changes[LIBRARY_KEY]!.newValue);
    callback(parsed.success ? parsed.data : EMPTY_LIBRARY);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
