import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_LIBRARY, type Library } from '../../lib/draft/types';
import { loadLibraryChecked, saveLibrary, watchLibrary } from '../../lib/platform/library-store';

/**
 * The user's library as stored in storage.local (`library`), following changes made in
 * other windows. A stored value that is partly unreadable keeps its valid entries and is
 * reported in `damage` (with the raw value, so it can be downloaded before a save drops
 * the rest). `save` validates and writes the whole library; it resolves to the
 * stored value or rejects with the reason (nothing is written then).
 */
export function useLibrary() {
  const [library, setLibrary] = useState<Library | null>(null);
  /** Set when part of the stored value could not be read: what, and the raw value to download. */
  const [damage, setDamage] = useState<{ problem: string; raw: unknown } | null>(null);
  const latest = useRef<Library>(EMPTY_LIBRARY);

  useEffect(() => {
    let alive = true;
    void loadLibraryChecked().then(({ library: l, problem, raw }) => {
      if (!alive) return;
      latest.current = l;
      setLibrary(l);
      if (problem) setDamage({ problem, raw });
    });
    const unwatch = watchLibrary((l) => {
      latest.current = l;
      setLibrary(l);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const save = useCallback(async (next: Library | ((current: Library) => Library)) => {
    const value = typeof next === 'function' ? next(latest.current) : next;
    const stored = await saveLibrary(value);
    latest.current = stored;
    setLibrary(stored);
    return stored;
  }, []);

  return { library, save, damage, dismissDamage: () => setDamage(null) };
}
