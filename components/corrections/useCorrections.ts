import { useEffect, useMemo, useState } from 'react';
import type { StoredCorrection } from '../../lib/corrections/schema';
import { useStoredCorrections } from './useStoredCorrections';

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
  const loaded = useStoredCorrections();
  const [detector, setDetector] = useState<DetectorModule | null>(null);
  useEffect(() => {
    let live = true;
    detectorModule ??= import('../../lib/corrections/detector');
    void detectorModule.then((m) => live && setDetector(m));
    return () => {
      live = false;
    };
  }, []);
  const entries = loaded?.value.entries ?? null;
  const set = useMemo(() => (detector && entries ? detector.correctionSetOf(entries) : null), [detector, entries]);
  return { entries, problem: loaded?.problem ?? null, detector, set };
}
