/**
 * Full-fidelity JSON backup of the case store, and its import, which only appends. Import
 * is all or nothing: the file is checked completely (parse.ts), a dry run reports what
 * would change (plan.ts), and the changes are applied in one transaction (apply.ts). The
 * file's shape is written once (schema.ts).
 */
export { applyImport, type ImportResult } from './backup/apply';
export { backupJsonChunks, correctionsForBackup, exportBackup } from './backup/export';
export { ImportError, parseBackup, structureProblem } from './backup/parse';
export { planImport, type Appending, type ImportPlan, type KeptField, type RefusalReason } from './backup/plan';
export {
  BACKUP_FORMAT,
  BACKUP_SCHEMA_VERSION,
  MAX_DEPTH,
  type Backup,
  type BackupCase,
  type BackupVersion,
} from './backup/schema';
