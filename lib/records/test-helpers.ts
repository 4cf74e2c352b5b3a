/** A fake but well-formed hash for tests that do not check the chain. */
export function hashText(i: number, seq: number): string {
  return (i.toString(16) + '_' + seq).padEnd(64, '0').replace(/_/g, 'a').slice(0, 64);
}
