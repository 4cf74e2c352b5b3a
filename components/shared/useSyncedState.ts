import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * Local state the user may edit that starts again from `source` whenever `source` changes
 * (a deadline field that follows the stored deadline, a case summary a button may replace).
 * Adjusting state during render is React's recommended alternative to a syncing effect.
 */
export function useSyncedState<T>(source: T): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(source);
  const [seen, setSeen] = useState(source);
  if (!Object.is(seen, source)) {
    setSeen(source);
    setValue(source);
  }
  return [value, setValue];
}
