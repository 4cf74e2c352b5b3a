import { useEffect, useState } from 'react';
import type { RepairedCorrections } from '../../lib/corrections/store';
import { loadCorrections, watchCorrections } from '../../lib/platform/corrections-store';

/**
 * The stored corrections as read (with what could not be read), followed as they change in
 * any tab; null while loading. The dashboard's list and the library file both use them.
 */
export function useStoredCorrections(): RepairedCorrections | null {
  const [loaded, setLoaded] = useState<RepairedCorrections | null>(null);
  useEffect(() => {
    let live = true;
    const show = (value: RepairedCorrections) => live && setLoaded(value);
    void loadCorrections().then(show, () => {});
    const off = watchCorrections(show);
    return () => {
      live = false;
      off();
    };
  }, []);
  return loaded;
}
