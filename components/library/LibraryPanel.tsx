import type { UiLocale } from '../../lib/i18n';
import { assistStrings } from '../../lib/i18n/strings/assist';
import { libraryStrings } from '../../lib/i18n/strings/library';
import type { Settings } from '../../lib/settings/schema';
import { downloadText } from '../shared/download';
import { useTranslator } from '../shared/useUiLocale';
import { FaqSection } from './FaqSection';
import { LibraryFileSection } from './LibraryFileSection';
import { TemplatesSection } from './TemplatesSection';
import { useLibrary } from './useLibrary';
import './library.css';

/**
 * The "Templates & FAQ" tab of the options page: the template list and editor, the FAQ
 * knowledge base, and import/export. Everything is stored in storage.local under
 * `library` (lib/platform/library-store.ts); previews use the saved `settings`.
 */
export function LibraryPanel(props: { settings: Settings; locale: UiLocale }) {
  const t = useTranslator(libraryStrings, props.locale);
  const ta = useTranslator(assistStrings, props.locale);
  const { library, save, damage, dismissDamage } = useLibrary();
  if (!library) return <p className="loading">…</p>;
  const defaultLanguage = props.settings.language !== 'auto' ? props.settings.language : props.locale;
  return (
    <div className="library" data-tactful="library">
      <p className="hint lib-intro">{t('intro')}</p>
      {damage && (
        <div className="notice" role="alert" data-tactful="library-damage">
          <p>{t('storedProblem', { reason: damage.problem })}</p>
          <div className="buttons">
            <button
              type="button"
              onClick={() => downloadText('tactful-library-unreadable.json', JSON.stringify(damage.raw, null, 2))}
            >
              {t('downloadStored')}
            </button>
            <button type="button" onClick={dismissDamage}>
              {t('close')}
            </button>
          </div>
        </div>
      )}
      <TemplatesSection
        library={library}
        save={save}
        settings={props.settings}
        locale={props.locale}
        t={t}
        ta={ta}
        defaultLanguage={defaultLanguage}
      />
      <FaqSection library={library} save={save} t={t} defaultLanguage={defaultLanguage} />
      <LibraryFileSection library={library} save={save} t={t} />
    </div>
  );
}
