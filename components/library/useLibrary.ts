import { useCallback, useEffect, useRef, useState } from 'react';
import { EMPTY_LIBRARY, type Library } from '../../lib/draft/types';
import { loadLibrary, saveLibrary, watchLibrary } from '../../lib/platform/library-store';

/**
 * The user's library as stored in storage.local (`library`), following changes made in
 * other windows. `save` validates and writes the whole library; it resolves to the
 * stored value or rejects with the reason (nothing is written then).
 */
export function useLibrary() {
  const [library, setLibrary] = useState<Library | null>(null);
  const latest = useRef<Library>(EMPTY_LIBRARY);

  useEffect(() => {
    let alive = true;
    void loadLibrary().then((l) => {
      if (!alive) return;
      latest.current = l;
      setLibrary(l);
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

  return { library, save };
}
