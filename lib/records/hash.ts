import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/**
 * The verbatim chain: each version's hash covers its exact text and the previous
 * version's hash, so changing or removing any version breaks every later hash.
 * The hash is sha256 over the UTF-8 bytes of `text + prevHash`, in lowercase hex.
 */
const utf8 = new TextEncoder();

export async function sha256Hex(input: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', utf8.encode(input));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function chainHash(text: string, prevHash: string): Promise<string> {
  return sha256Hex(text + prevHash);
}

/**
 * The same hash, computed synchronously (@noble/hashes), so a capture can read, hash and
 * write in one IndexedDB transaction (a transaction commits as soon as it waits for
 * anything else, such as WebCrypto's promise). For short texts it is also faster than
 * WebCrypto's per-call overhead: 10,000 comment-sized texts take about 20 ms.
 * Verification (`verifyCase`, backup import) keeps `chainHash` (WebCrypto): the chain a
 * capture wrote is checked by an independent implementation, not by the same code.
 */
export function chainHashSync(text: string, prevHash: string): string {
  return bytesToHex(sha256(utf8.encode(text + prevHash)));
}
