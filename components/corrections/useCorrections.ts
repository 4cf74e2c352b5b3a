import { useEffect, useMemo, useState } from 'react';
import type { StoredCorrection } from '../../lib/corrections/schema';
import { loadCorrections, watchCorrections } from '../../lib/platform/corrections-store';

type DetectorModule = typeof import('../../lib/corrections/detector');

export interface CorrectionsState {
  /** The stored corrections, in the order they were made; null while loading. */
  entries: StoredCorrection[] | null;
  /** What could not be read of the stored value, if anything. */
  problem: string | null;
  /** The detector with the corrections (loaded on demand: it brings the model); null while loading. */
  detector: DetectorModule | null;
  /** The corrections as the detector applies them; null until both are loaded. */
  set: ReturnType<DetectorModule['correctionSetOf']> | null;
}

let detectorModule: Promise<DetectorModule> | null = null;

/**
 * The CSM's corrections as stored (read and watched directly: a correction made in any tab
 * shows here at once) and, once loaded, the set the detector applies.
 */
export function useCorrections(): CorrectionsState {
  const [stored, setStored] = useState<{ entries: StoredCorrection[] | null; problem: string | null }>({
    entries: null,
    problem: null,
  });
  const [detector, setDetector] = useState<DetectorModule | null>(null);
  useEffect(() => {
    let live = true;
    const show = (loaded: Awaited<ReturnType<typeof loadCorrections>>) => {
      if (live) setStored({ entries: loaded.value.entries, problem: loaded.problem });
    };
    void loadCorrections().then(show);
    const off = watchCorrections(show);
    detectorModule ??= import('../../lib/corrections/detector');
    void detectorModule.then((m) => live && setDetector(m));
    return () => {
      live = false;
      off();
    };
  }, []);
  const set = useMemo(
    () => (detector && stored.entries ? detector.correctionSetOf(stored.entries) : null),
    [detector, stored.entries],
  );
  return { ...stored, detector, set };
}
