import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import type { ErasureKind, ErasureRow, TactfulDB } from '../db/schema';
import { normalizeContact } from './identity';

/**
 * What an erasure remembers, so that no import brings an erased case back — without
 * keeping personal content:
 *
 * - the erased case's **id**: a random UUID made when the case was first recorded, which
 *   says nothing about the customer;
 * - a keyed hash of its **source key** (the comment or message id, which would lead back
 *   to the text on the page) and, for an erasure by customer, of the customer's
 *   **normalised contact**: HMAC-SHA-256 under a random 256-bit key made on this install
 *   and kept only in this browser's database (never exported). Without that key the hashes
 *   cannot be checked against a list of email addresses or profile links (an unkeyed hash
 *   of an email address is easy to reverse by guessing); with it, the only question they
 *   answer is "was this exact contact or comment erased here?", which is what an import
 *   has to ask.
 *
 * Retention purges are not remembered: they tidy up, and restoring an old backup on
 * purpose brings purged cases back (the rule purges them again if they are still closed
 * and old).
 */

const KEY_ROW = 'erasureKey';
const utf8 = new TextEncoder();

/** The install's erasure key, made on first use. Call inside a read-write transaction on `meta`. */
async function erasureKey(db: TactfulDB): Promise<Uint8Array> {
  const stored = await db.meta.get(KEY_ROW);
  if (typeof stored?.value === 'string') return hexToBytes(stored.value);
  const key = crypto.getRandomValues(new Uint8Array(32));
  await db.meta.add({ key: KEY_ROW, value: bytesToHex(key) });
  return key;
}

/** The install's erasure key if one was made (none before the first erasure). */
async function existingErasureKey(db: TactfulDB): Promise<Uint8Array | null> {
  const stored = await db.meta.get(KEY_ROW);
  return typeof stored?.value === 'string' ? hexToBytes(stored.value) : null;
}

const keyed = (key: Uint8Array, value: string) => bytesToHex(hmac(sha256, key, utf8.encode(value)));

const rowKey = {
  case: (caseId: string) => `case:${caseId}`,
  source: (key: Uint8Array, sourceKey: string) => `source:${keyed(key, sourceKey)}`,
  contact: (key: Uint8Array, contact: string) => `contact:${keyed(key, normalizeContact(contact))}`,
};

export interface ErasedCase {
  id: string;
  sourceKey: string;
  authorContact: string;
}

/**
 * Remembers erased cases (and, for an erasure by customer, the contact). Call inside the
 * erasing read-write transaction, which must include `erasures` and `meta`.
 */
export async function rememberErased(
  db: TactfulDB,
  cases: readonly ErasedCase[],
  now: number,
  customer?: string,
): Promise<void> {
  if (!cases.length && customer === undefined) return;
  const key = await erasureKey(db);
  const rows: ErasureRow[] = cases.flatMap((c) => [
    { key: rowKey.case(c.id), kind: 'case' as const, at: now },
    { key: rowKey.source(key, c.sourceKey), kind: 'source' as const, at: now },
  ]);
  if (customer && normalizeContact(customer))
    rows.push({ key: rowKey.contact(key, customer), kind: 'contact', at: now });
  await db.erasures.bulkPut(rows);
}

/** Why an incoming case counts as erased here. */
export type ErasedReason = ErasureKind;

export interface IncomingCase {
  id: string;
  sourceKey: string;
  authorContact: string;
  firstSeenAt: number;
}

/**
 * For each incoming case erased here: why (its id, its source, or its customer, whose
 * cases first seen up to the erasure were erased; a case first seen after that is a new
 * complaint and may come in). Reads `erasures` and `meta`; call inside a transaction on them.
 */
export async function erasedAmong(
  db: TactfulDB,
  incoming: readonly IncomingCase[],
): Promise<Map<string, ErasedReason>> {
  const out = new Map<string, ErasedReason>();
  if (!incoming.length || !(await db.erasures.count())) return out;
  const key = await existingErasureKey(db);
  const lookups = incoming.map((c) => ({
    c,
    keys: [
      rowKey.case(c.id),
      key ? rowKey.source(key, c.sourceKey) : null,
      key && normalizeContact(c.authorContact) ? rowKey.contact(key, c.authorContact) : null,
    ],
  }));
  const wanted = [...new Set(lookups.flatMap((l) => l.keys.filter((k): k is string => k !== null)))];
  const found = new Map(
    (await db.erasures.bulkGet(wanted)).filter((r): r is ErasureRow => Boolean(r)).map((r) => [r.key, r]),
  );
  for (const { c, keys } of lookups) {
    const [byId, bySource, byContact] = keys.map((k) => (k ? found.get(k) : undefined));
    if (byId) out.set(c.id, 'case');
    else if (bySource) out.set(c.id, 'source');
    else if (byContact && c.firstSeenAt <= byContact.at) out.set(c.id, 'contact');
  }
  return out;
}
