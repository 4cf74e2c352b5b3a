import { chainHash } from '../hash';
import { backupSchemaAt, MAX_DEPTH, type Backup, type BackupCase } from './schema';

/**
 * Reading a backup file: everything is checked before anything is planned or written —
 * JSON, nesting depth and forbidden keys (one pass without recursion, so no file can
 * exhaust the stack), shape, sizes and possible times (zod), duplicate cases, audit entries
 * that cannot belong to a live case, and every hash chain.
 */

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

interface Node {
  value: unknown;
  key: string;
  parent: Node | null;
  depth: number;
}

const pathOf = (node: Node): string => {
  const parts: string[] = [];
  for (let n: Node | null = node; n && n.parent; n = n.parent) parts.push(n.key);
  return parts.reverse().join('.');
};

/**
 * The first problem with the parsed value's structure, or null: a key that could pollute
 * prototypes, or nesting deeper than MAX_DEPTH. Walks with its own stack.
 */
export function structureProblem(root: unknown): string | null {
  if (!root || typeof root !== 'object') return null;
  const stack: Node[] = [{ value: root, key: '', parent: null, depth: 0 }];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.depth >= MAX_DEPTH) return `Nested deeper than ${MAX_DEPTH} levels at ${pathOf(node) || '(file)'}`;
    const value = node.value as Record<string, unknown>;
    const isArray = Array.isArray(value);
    const keys = isArray ? null : Object.keys(value);
    const forbidden = keys?.find((key) => FORBIDDEN_KEYS.has(key));
    if (forbidden !== undefined) return `Forbidden key at ${[pathOf(node), forbidden].filter(Boolean).join('.')}`;
    const count = isArray ? (value as unknown as unknown[]).length : keys!.length;
    // Pushed in reverse so that the first problem in file order is found first.
    for (let i = count - 1; i >= 0; i--) {
      const key = isArray ? String(i) : keys![i]!;
      const child = value[key];
      if (child && typeof child === 'object') stack.push({ value: child, key, parent: node, depth: node.depth + 1 });
    }
  }
  return null;
}

/** Parses and checks a backup file completely; throws ImportError saying where it is wrong. */
export async function parseBackup(fileText: string, options: { now?: number } = {}): Promise<Backup> {
  let json: unknown;
  try {
    json = JSON.parse(fileText);
  } catch (err) {
    throw new ImportError(`Not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const problem = structureProblem(json);
  if (problem) throw new ImportError(problem);
  const parsed = backupSchemaAt(options.now ?? Date.now()).safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  const backup = parsed.data;
  const ids = new Set<string>();
  const keys = new Set<string>();
  for (const [i, c] of backup.cases.entries()) {
    if (ids.has(c.id)) throw new ImportError(`cases.${i}.id: duplicate case id "${c.id}"`);
    if (keys.has(c.sourceKey)) throw new ImportError(`cases.${i}.sourceKey: duplicate source "${c.sourceKey}"`);
    ids.add(c.id);
    keys.add(c.sourceKey);
    // Erasing a case deletes it; its audit entry stays here, never inside a case that has content.
    const erased = c.events.findIndex((e) => e.type === 'erased');
    if (erased >= 0)
      throw new ImportError(
        `cases.${i}.events.${erased}: an "erased" audit entry cannot belong to a case that still has its content`,
      );
  }
  const correctionIds = new Set<string>();
  for (const [i, entry] of (backup.corrections ?? []).entries()) {
    if (correctionIds.has(entry.correction.id))
      throw new ImportError(`corrections.${i}.correction.id: duplicate correction id "${entry.correction.id}"`);
    correctionIds.add(entry.correction.id);
  }
  // Every chain is recomputed (cases in parallel batches); the first broken one in file order is reported.
  const BATCH = 256;
  for (let start = 0; start < backup.cases.length; start += BATCH) {
    const broken = await Promise.all(backup.cases.slice(start, start + BATCH).map(brokenVersion));
    const at = broken.findIndex((b) => b !== null);
    if (at >= 0)
      throw new ImportError(
        `cases.${start + at}.versions.${broken[at]}: the hash chain does not verify (text or order was altered)`,
      );
  }
  return backup;
}

/** Index of the first version whose seq, link or hash is wrong; null when the chain verifies. */
async function brokenVersion(c: BackupCase): Promise<number | null> {
  let prev = '';
  for (const [i, v] of c.versions.entries()) {
    if (v.seq !== i + 1 || v.prevHash !== prev || (await chainHash(v.text, prev)) !== v.hash) return i;
    prev = v.hash;
  }
  return null;
}
