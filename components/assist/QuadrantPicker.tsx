import { QUADRANTS, type Quadrant } from '../../lib/detect/types';
import { quadrantKey, type AssistT } from './i18n';

/**
 * Props: `value`, `hint` (the detector's suggestion, marked), `onChange`, `t`.
 * A labelled select so it is keyboard-accessible everywhere.
 */
export function QuadrantPicker(props: {
  value: Quadrant;
  hint: Quadrant;
  onChange: (q: Quadrant) => void;
  t: AssistT;
  id: string;
}) {
  const { t } = props;
  return (
    <div className="tf-field">
      <label htmlFor={props.id}>{t('quadrant')}</label>
      <select
        id={props.id}
        data-tactful="quadrant"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as Quadrant)}
      >
        {QUADRANTS.map((q) => (
          <option key={q} value={q}>
            {t(quadrantKey(q))}
            {q === props.hint ? ' ★' : ''}
          </option>
        ))}
      </select>
      <p className="tf-hint">{t('quadrantHint')}</p>
    </div>
  );
}
