/**
 * The verbatim chain: each version's hash covers its exact text and the previous
 * version's hash, so changing or removing any version breaks every later hash.
 */
export async function sha256Hex(input: string): Promise<string> {
  const bytes = new TextEncoder().encode(input);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function chainHash(text: string, prevHash: string): Promise<string> {
  return sha256Hex(text + prevHash);
}
