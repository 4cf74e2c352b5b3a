/** Runs of consecutive ISO weekdays: [1,2,3,4,5,7] → [[1,5],[7,7]]. */
export function dayRuns(days: readonly number[]): [number, number][] {
  const sorted = [...new Set(days)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of sorted) {
    const last = runs[runs.length - 1];
    if (last && d === last[1] + 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}

/** "Taipei" from "Asia/Taipei". */
export const cityOf = (timeZone: string) => timeZone.split('/').pop()!.replace(/_/g, ' ');
