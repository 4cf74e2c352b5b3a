import { useEffect, useMemo, useReducer } from 'react';
import { loadSettings, saveSettings, watchSettings } from '../../lib/platform/settings-store';
import { parseSettingsFile, type SettingsNotice } from '../../lib/settings/parse';
import type { Settings } from '../../lib/settings/schema';
import { settingsToForm, validateForm, type FieldId, type FormState } from './form-model';

export type Status = { kind: 'ok' | 'error'; text: string } | null;

interface State {
  saved: Settings | null;
  form: FormState | null;
  notice: SettingsNotice | null;
  status: Status;
}

type Action =
  | { type: 'loaded'; settings: Settings; notice: SettingsNotice | null }
  | { type: 'saved'; settings: Settings; status: Status; resetForm?: boolean }
  | { type: 'external'; settings: Settings }
  | { type: 'edit'; form: FormState }
  | { type: 'status'; status: Status }
  | { type: 'dismissNotice' };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'loaded':
      return { ...state, saved: action.settings, form: settingsToForm(action.settings), notice: action.notice };
    case 'saved':
      return {
        ...state,
        saved: action.settings,
        status: action.status,
        form: action.resetForm ? settingsToForm(action.settings) : state.form,
      };
    case 'external':
      return { ...state, saved: action.settings };
    case 'edit':
      return { ...state, form: action.form, status: null };
    case 'status':
      return { ...state, status: action.status };
    case 'dismissNotice':
      return { ...state, notice: null };
  }
}

/**
 * The settings form's state: the stored settings, what the user typed, the validation and
 * warnings of it, and the actions (edit, save, import). Another tab (or the popup) may
 * change the stored settings; they are followed, and the typed form is kept.
 */
export interface SettingsMessages {
  saved: string;
  imported: string;
  importFailed: (reason: string) => string;
  confirmRetention: (days: number) => boolean;
}

export function useSettingsForm(messagesNow: () => SettingsMessages) {
  const [state, dispatch] = useReducer(reducer, { saved: null, form: null, notice: null, status: null });
  useEffect(() => {
    void loadSettings().then(({ settings, notice }) => dispatch({ type: 'loaded', settings, notice }));
    return watchSettings((settings) => dispatch({ type: 'external', settings }));
  }, []);
  const validation = useMemo(() => (state.form ? validateForm(state.form) : null), [state.form]);
  const dirty = Boolean(
    state.form && state.saved && JSON.stringify(validation?.settings) !== JSON.stringify(state.saved),
  );

  /** Purging closed cases deletes evidence: turning retention on, or shortening it, asks first. */
  const retentionConfirmed = (next: Settings): boolean => {
    const before = state.saved?.retentionDays ?? null;
    if (next.retentionDays === null || (before !== null && next.retentionDays >= before)) return true;
    return messagesNow().confirmRetention(next.retentionDays);
  };

  return {
    ...state,
    validation,
    dirty,
    update: <K extends FieldId | 'localized'>(field: K, value: FormState[K]) =>
      state.form && dispatch({ type: 'edit', form: { ...state.form, [field]: value } }),
    dismissNotice: () => dispatch({ type: 'dismissNotice' }),
    async save() {
      if (!validation?.settings || !retentionConfirmed(validation.settings)) return;
      const stored = await saveSettings(validation.settings);
      dispatch({ type: 'saved', settings: stored, status: { kind: 'ok', text: messagesNow().saved } });
    },
    async importFile(file: File) {
      const result = parseSettingsFile(await file.text());
      if (!result.ok) {
        dispatch({ type: 'status', status: { kind: 'error', text: messagesNow().importFailed(result.error) } });
        return;
      }
      if (!retentionConfirmed(result.settings)) return;
      const stored = await saveSettings(result.settings);
      dispatch({
        type: 'saved',
        settings: stored,
        status: { kind: 'ok', text: messagesNow().imported },
        resetForm: true,
      });
    },
  };
}

export type SettingsFormApi = ReturnType<typeof useSettingsForm>;
