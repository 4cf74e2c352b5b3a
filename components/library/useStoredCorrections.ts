import { useEffect, useState } from 'react';
import type { CorrectionsValue } from '../../lib/corrections/schema';
import { loadCorrections, watchCorrections } from '../../lib/platform/corrections-store';

/**
 * The stored corrections, followed as they change (null while loading): the library file
 * carries them, and the import preview counts what a file would add to them.
 */
export function useStoredCorrections(): CorrectionsValue | null {
  const [value, setValue] = useState<CorrectionsValue | null>(null);
  useEffect(() => {
    let live = true;
    const show = (loaded: Awaited<ReturnType<typeof loadCorrections>>) => live && setValue(loaded.value);
    void loadCorrections().then(show, () => {});
    const off = watchCorrections(show);
    return () => {
      live = false;
      off();
    };
  }, []);
  return value;
}
