import { createContext, useContext, type ReactNode } from 'react';
import type { z } from 'zod';
import type { optionsStrings } from '../../lib/i18n/strings/options';
import type { useTranslator } from '../shared/useUiLocale';
import type { FieldErrors, FieldId, FormState } from './form-model';

export type OptionsT = ReturnType<typeof useTranslator<keyof (typeof optionsStrings)['en']>>;

/** What every field of the settings form reads: the typed values, errors, warnings, the translator. */
export interface FormContextValue {
  form: FormState;
  errors: FieldErrors;
  warnings: Partial<Record<FieldId, string>>;
  update: <K extends FieldId | 'localized'>(field: K, value: FormState[K]) => void;
  t: OptionsT;
}

export const FormContext = createContext<FormContextValue | null>(null);

export function useForm(): FormContextValue {
  const value = useContext(FormContext);
  if (!value) throw new Error('settings fields must be inside the settings form');
  return value;
}

// Ranges come from the schema; shown in the message so the user knows what fits.
const RANGES: Record<string, { min: number; max: number }> = {
  replyWithinHours: { min: 1, max: 720 },
  'publicReplyLimit.cjkChars': { min: 20, max: 2000 },
  'publicReplyLimit.enWords': { min: 10, max: 1000 },
  retentionDays: { min: 1, max: 3650 },
};

export function issueMessage(t: OptionsT, issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' ? t('errNumber') : t('errInvalid');
    case 'too_small':
    case 'too_big': {
      if (issue.origin === 'string' && issue.code === 'too_big') return t('errTooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'number') return t('errRange', RANGES[issue.path.join('.')] ?? { min: 0, max: 1 });
      return t('errInvalid');
    }
    case 'invalid_format':
      return t('errFormat', { what: issue.format === 'email' ? t('whatEmail') : t('whatUrl') });
    default:
      return issue.message && issue.code === 'custom' ? issue.message : t('errInvalid');
  }
}

/** A labelled field with its hint, its error (blocking) or its warning (advice). */
export function Field(props: { id: FieldId; label: string; hint?: string; children: ReactNode }) {
  const { errors, warnings, t } = useForm();
  const error = errors[props.id];
  const warning = warnings[props.id];
  return (
    <div className={`field${error ? ' has-error' : ''}`}>
      <label htmlFor={`field-${props.id}`}>{props.label}</label>
      {props.children}
      {props.hint && (
        <p className="hint" id={`hint-${props.id}`}>
          {props.hint}
        </p>
      )}
      {error && (
        <p className="error" role="alert" data-tactful="field-error" data-field={props.id}>
          {issueMessage(t, error)}
        </p>
      )}
      {!error && warning && (
        <p className="warning" data-tactful="field-warning" data-field={props.id}>
          {warning}
        </p>
      )}
    </div>
  );
}

type TextFieldId = {
  [K in FieldId]: FormState[K] extends string ? K : never;
}[FieldId];

/** A text input (or textarea) bound to a form field. */
export function TextInput(props: { id: TextFieldId; type?: string; multiline?: boolean; placeholder?: string }) {
  const { form, errors, update } = useForm();
  const common = {
    id: `field-${props.id}`,
    value: form[props.id],
    placeholder: props.placeholder,
    'aria-invalid': Boolean(errors[props.id]),
    'aria-describedby': `hint-${props.id}`,
  };
  return props.multiline ? (
    <textarea {...common} rows={3} onChange={(e) => update(props.id, e.target.value)} />
  ) : (
    <input {...common} type={props.type ?? 'text'} onChange={(e) => update(props.id, e.target.value)} />
  );
}

type CheckFieldId = { [K in FieldId]: FormState[K] extends boolean ? K : never }[FieldId];

export function Check(props: { id: CheckFieldId; label: string }) {
  const { form, update } = useForm();
  return (
    <label className="check">
      <input
        id={`field-${props.id}`}
        type="checkbox"
        checked={form[props.id]}
        onChange={(e) => update(props.id, e.target.checked)}
      />
      {props.label}
    </label>
  );
}

/** A select bound to a form field. */
export function Select<K extends FieldId>(props: { id: K; options: readonly (readonly [FormState[K], string])[] }) {
  const { form, update } = useForm();
  return (
    <select
      id={`field-${props.id}`}
      value={String(form[props.id])}
      onChange={(e) => update(props.id, e.target.value as FormState[K])}
    >
      {props.options.map(([value, label]) => (
        <option key={String(value)} value={String(value)}>
          {label}
        </option>
      ))}
    </select>
  );
}
