import { JsonFileButton } from '../shared/JsonFileButton';
import { ImportPlanView } from './ImportPlanView';
import { useDashboard } from './context';
import { useImport } from './useImport';

/**
 * Import of a JSON backup, in the header on every tab. The file input is a stable control
 * (`[data-tactful="import-file"]`); the dry run is `[data-tactful="import-plan"]` with
 * `[data-tactful-action="import-apply"]`.
 */
export function ImportPanel() {
  const { t } = useDashboard();
  const { plan, error, checking, check, apply, close } = useImport();
  return (
    <div className="import">
      <JsonFileButton label={`${t('importTitle')}…`} inputName="import-file" onFile={(file) => void check(file)} />
      {checking && (
        <div className="import-plan panel" role="status" data-tactful="import-checking">
          {t('importChecking', { name: checking })}
        </div>
      )}
      {(error || plan) && (
        <div
          className="import-plan panel"
          data-tactful="import-plan"
          role="dialog"
          aria-label={t('importTitle')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <p className="muted small">{t('importHint')}</p>
          {error && (
            <p className="error" role="alert" data-tactful="import-error">
              {error}
            </p>
          )}
          {plan && <ImportPlanView plan={plan} />}
          <div className="row">
            {plan && (
              <button
                type="button"
                className="primary"
                data-tactful-action="import-apply"
                disabled={
                  plan.newCases.length +
                    plan.appended.length +
                    plan.corrections.add.length +
                    plan.corrections.restore.length ===
                  0
                }
                onClick={() => void apply()}
              >
                {t('importApply')}
              </button>
            )}
            <button type="button" autoFocus onClick={close}>
              {t('cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
