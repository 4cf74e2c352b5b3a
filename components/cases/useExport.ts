import { backupJsonChunks, correctionsForBackup } from '../../lib/records/backup';
import { casesToCsvChunks } from '../../lib/records/csv';
import { downloadText } from '../shared/download';
import { errorText, useDashboard } from './context';
import { db } from './useCases';

const stamp = () => new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');

/**
 * CSV and JSON exports of the selection if any, else of the cases shown — built in chunks
 * with progress (the page stays responsive), then downloaded. A JSON backup of every case
 * holds every correction; of some cases, the corrections made on them.
 */
export function useExport() {
  const { rows, selectedRows, cases, corrections, dispatch, notify, t } = useDashboard();

  async function run(
    filename: string,
    type: string,
    chunks: (list: typeof rows) => AsyncIterable<{ chunk: string; done: number }>,
    correctionCount = 0,
  ) {
    const list = selectedRows.length ? selectedRows : rows;
    const parts: string[] = [];
    dispatch({ type: 'progress', progress: { done: 0, total: list.length } });
    try {
      for await (const { chunk, done } of chunks(list)) {
        parts.push(chunk);
        dispatch({ type: 'progress', progress: { done, total: list.length } });
      }
      downloadText(filename, new Blob(parts, { type }));
      notify(
        correctionCount
          ? t('exportedWithCorrections', { count: list.length, corrections: correctionCount })
          : t('exported', { count: list.length }),
      );
    } catch (err) {
      notify(t('actionFailed', { reason: errorText(err) }), 'error');
    } finally {
      dispatch({ type: 'progress', progress: null });
    }
  }

  function exportJson() {
    const list = selectedRows.length ? selectedRows : rows;
    const everyCase = !selectedRows.length && list.length === (cases?.length ?? 0);
    const withCorrections = correctionsForBackup(corrections.entries ?? [], list, everyCase);
    return run(
      `tactful-backup-${stamp()}.json`,
      'application/json',
      (list) =>
        backupJsonChunks(
          db(),
          list.map((r) => r.id),
          { corrections: withCorrections },
        ),
      withCorrections.length,
    );
  }

  return {
    exportCsv: () => run(`tactful-cases-${stamp()}.csv`, 'text/csv;charset=utf-8', (list) => casesToCsvChunks(list)),
    exportJson,
  };
}
