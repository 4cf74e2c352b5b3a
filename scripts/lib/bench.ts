import os from 'node:os';

/** Helpers shared by the browser benchmarks. */

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

export const ms = (x: number | null) => (x === null || Number.isNaN(x) ? '—' : `${Math.round(x)} ms`);

/** The 1-minute load average now (the machine is shared: every figure is printed with it). */
export const loadAverage = () => os.loadavg()[0]!;

export function option(args: readonly string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}
