import { TEMPLATE_VARIABLES, type TemplateVariable } from '../../lib/draft/template-variables';
import type { LibraryT } from './i18n';

/**
 * Every template variable with its meaning; a click (or Enter) inserts `{{name}}` at the
 * cursor of the text. `idOf` makes the description ids unique to the editor.
 */
export function VariablePalette(props: {
  t: LibraryT;
  idOf: (name: string) => string;
  onInsert: (name: TemplateVariable) => void;
}) {
  const { t, idOf } = props;
  return (
    <fieldset className="lib-palette">
      <legend>{t('palette')}</legend>
      <p className="hint">{t('paletteHint')}</p>
      <ul>
        {(Object.keys(TEMPLATE_VARIABLES) as TemplateVariable[]).map((name) => (
          <li key={name}>
            <button
              type="button"
              className="lib-var"
              data-variable={name}
              aria-describedby={idOf(`var-${name}`)}
              onClick={() => props.onInsert(name)}
            >
              {`{{${name}}}`}
            </button>
            <span id={idOf(`var-${name}`)} className="lib-var-desc">
              {t(`var_${name}`)}
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
