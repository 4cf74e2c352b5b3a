import { useState } from 'react';
import { loadCorrections } from '../../lib/platform/corrections-store';
import { applyImport, parseBackup, planImport, type ImportPlan } from '../../lib/records/backup';
import { correctionErrorText, importCorrections } from '../corrections/actions';
import { errorText, useDashboard } from './context';
import { db } from './useCases';

/** Largest backup file read (a backup of 50,000 cases is roughly 50 MB). */
export const MAX_IMPORT_BYTES = 1024 * 1024 * 1024;

/**
 * Import of a JSON backup: the file is checked completely, a dry run says what would
 * change, and `apply` writes it in one transaction. Any failure is kept in `error` and
 * nothing changes.
 */
export function useImport() {
  const { write, notify, t, tc } = useDashboard();
  const [plan, setPlan] = useState<ImportPlan | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState<string | null>(null);
  const fail = (reason: string) => setError(t('importFailed', { reason }));

  async function check(file: File) {
    setPlan(null);
    setError(null);
    if (file.size > MAX_IMPORT_BYTES) {
      fail(t('importTooLarge', { mb: MAX_IMPORT_BYTES / 1024 / 1024 }));
      return;
    }
    setChecking(file.name);
    try {
      const backup = await parseBackup(await file.text());
      setPlan(await planImport(db(), backup, (await loadCorrections()).value));
    } catch (err) {
      fail(errorText(err));
    } finally {
      setChecking(null);
    }
  }

  async function apply() {
    if (!plan) return;
    let result;
    try {
      result = await write((d) => applyImport(d, plan));
    } catch (err) {
      fail(errorText(err));
      return;
    }
    setPlan(null);
    const imported = t('imported', { ...result });
    notify(imported);
    const { add, restore } = plan.corrections;
    if (!add.length && !restore.length) return;
    // The cases are in; the background adds the corrections (it keeps them), checking again what is new.
    try {
      const { added } = await importCorrections([...add, ...restore]);
      notify(`${imported} ${t('importedCorrections', { added })}`);
    } catch (err) {
      notify(tc('failed', { reason: correctionErrorText(err, tc) }), 'error');
    }
  }

  const close = () => {
    setPlan(null);
    setError(null);
  };

  return { plan, error, checking, check, apply, close };
}
