import { createContext, useContext, type Dispatch } from 'react';
import type { CaseRow, TactfulDB } from '../../lib/db/schema';
import type { UiLocale } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import type { AssistT } from '../assist/i18n';
import type { CorrectionsT } from '../corrections/i18n';
import type { CorrectionsState } from '../corrections/useCorrections';
import type { CasesT } from './i18n';
import type { Action, DashboardState } from './state';
import type { Write } from './useCases';

/** What every part of the dashboard shares (built by useDashboardModel). */
export interface Dashboard {
  state: DashboardState;
  dispatch: Dispatch<Action>;
  /** Every case, or null while loading. */
  cases: CaseRow[] | null;
  /** The search the rows are filtered by (it follows the typed one when React has time). */
  appliedSearch: string;
  /** The cases the filters, search and sort show, in order. */
  rows: CaseRow[];
  /** The selection as far as it is shown: exports and bulk changes act on these. */
  selectedRows: CaseRow[];
  settings: Settings | null;
  locale: UiLocale;
  t: CasesT;
  ta: AssistT;
  tc: CorrectionsT;
  /** The CSM's corrections (watched in storage) and the detector that applies them. */
  corrections: CorrectionsState;
  /** Refreshed every minute (overdue marks). */
  now: number;
  write: Write;
  notify: (text: string, kind?: 'ok' | 'error') => void;
  /** Opens a case (or closes it with null), keeping the address in step. */
  open: (id: string | null) => void;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard outside the cases dashboard');
  return dashboard;
}

/** Runs a write; a failure (e.g. a transition that is not allowed) is shown, not lost. Resolves to undefined then. */
export function useAct() {
  const { write, notify, t } = useDashboard();
  return <T>(work: (db: TactfulDB) => Promise<T>): Promise<T | undefined> =>
    write(work).catch((err: unknown) => {
      notify(t('actionFailed', { reason: errorText(err) }), 'error');
      return undefined;
    });
}

export const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));
