import { useMemo, useState, type ReactNode } from 'react';
import type { DetectionResult, Quadrant } from '../../lib/detect/types';
import type { DraftOutput } from '../../lib/draft/draft';
import type { Library } from '../../lib/draft/types';
import type { MessageKind } from '../../lib/draft/understand/message-kind';
import type { UiLocale } from '../../lib/i18n';
import { itemName } from '../../lib/draft/boundary';
import { settingsFor } from '../../lib/settings/localize';
import type { Settings } from '../../lib/settings/schema';
import { settingsWarnings } from '../../lib/settings/warnings';
import { DraftBox } from './DraftBox';
import { DraftingContext, type DraftingContextValue } from './DraftingContext';
import { FaqPicker } from './FaqPicker';
import { assistTranslator, type AssistKey } from './i18n';
import { QuadrantPicker } from './QuadrantPicker';
import { useDrafts } from './useDrafts';

/** What the drafting panel hands to the actions row of its host (card or sidebar). */
export interface PanelDrafts {
  publicText: string;
  /** The private follow-up as shown (the Messenger or the full version). */
  privateText: string;
  output: DraftOutput;
}

export interface DraftingPanelProps {
  /** Prefix of element ids, unique per host (`tf-fb`, `tf-gm`). */
  idPrefix: string;
  text: string;
  detection: DetectionResult;
  authorName: string;
  source: 'facebook' | 'gmail';
  settings: Settings;
  library: Library;
  locale: UiLocale;
  /** The public reply is drafted for comments (Facebook), not for emails. */
  showPublic: boolean;
  privateTestId: string;
  rows: { public: number; private: number };
  /** The host's actions (insert, copy, record), given the current drafts. */
  children: (drafts: PanelDrafts) => ReactNode;
}

const PURPOSE = { complaint: 'complaint', question: 'answer', praise: 'thanks', comment: 'thanks' } as const;
const KINDS: readonly MessageKind[] = ['complaint', 'question', 'praise', 'comment'];

/**
 * The drafting part shared by the Facebook card and the Gmail sidebar: what the message is
 * (a complaint, or not — then no apology), the situation, the drafts with their lint, the
 * one-off bonus (only when ticked), the FAQ, then the host's actions.
 */
export function DraftingPanel(props: DraftingPanelProps) {
  const { detection, settings, library, locale, idPrefix } = props;
  const t = useMemo(() => assistTranslator(locale), [locale]);
  const [quadrant, setQuadrant] = useState<Quadrant | undefined>(undefined);
  const [kind, setKind] = useState<MessageKind | undefined>(undefined);
  const [offerBonus, setOfferBonus] = useState(false);
  const [messenger, setMessenger] = useState(props.source === 'facebook');
  const [faqIds, setFaqIds] = useState<string[]>([]);
  const faq = useMemo(() => library.faq.filter((f) => faqIds.includes(f.id)), [library, faqIds]);
  const drafts = useDrafts({
    text: props.text,
    detection,
    authorName: props.authorName,
    source: props.source,
    quadrant,
    messageKind: kind,
    offerBonus,
    faq,
    settings,
    library,
    uiLocale: locale,
  });
  const out = drafts.generated;
  const language = out.language;
  const bonus = settingsFor(settings, language)
    .serviceBoundary.bonus.filter((b) => b.trim())
    .map((b) => itemName(b, language) ?? b);
  const context: DraftingContextValue = useMemo(
    () => ({
      settings,
      detection,
      customerText: props.text,
      quadrant,
      purpose: PURPOSE[out.messageKind],
      locale,
      t,
    }),
    [settings, detection, props.text, quadrant, out.messageKind, locale, t],
  );
  const needsSetup = settingsWarnings(settings).some(
    (w) => w.code === 'missing_dedicated_line' || w.code === 'missing_handler',
  );
  const privateText = messenger ? drafts.messengerText : drafts.privateText;
  return (
    <DraftingContext.Provider value={context}>
      <div className="tf-field tf-row" data-tactful="message-kind" data-kind={out.messageKind}>
        <label htmlFor={`${idPrefix}-kind`}>{t('replyAs')}</label>
        <select
          id={`${idPrefix}-kind`}
          value={out.messageKind}
          onChange={(e) => setKind(e.target.value as MessageKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`msgKind_${k}` as AssistKey)}
            </option>
          ))}
        </select>
      </div>
      {out.messageKind !== 'complaint' && (
        <p className="tf-notice" data-tactful="not-complaint">
          {t(`notComplaint_${out.messageKind}` as AssistKey)}
        </p>
      )}
      {out.incident && (
        <p className="tf-notice tf-warning" data-tactful="incident" data-incident={out.incident}>
          {t(out.incident === 'health' ? 'incident_health' : 'incident_privacy')}
        </p>
      )}
      {out.messageKind === 'complaint' && (
        <QuadrantPicker
          id={`${idPrefix}-quadrant`}
          value={quadrant ?? out.quadrant}
          hint={detection.quadrantHint.quadrant}
          onChange={setQuadrant}
          t={t}
        />
      )}
      {needsSetup && <p className="tf-notice tf-warning">{t('setupNeeded')}</p>}
      {props.showPublic && (
        <DraftBox
          label={t('publicDraft')}
          kind="public"
          testId="public-draft"
          value={drafts.publicText}
          onChange={drafts.setPublicText}
          pending={drafts.pendingPublic}
          rows={props.rows.public}
        />
      )}
      {props.source === 'facebook' && (
        <div className="tf-row tf-variant" role="radiogroup" aria-label={t('privateAs')}>
          <span className="tf-muted">{t('privateAs')}</span>
          {([true, false] as const).map((short) => (
            <label key={String(short)} className="tf-check">
              <input
                type="radio"
                name={`${idPrefix}-variant`}
                checked={messenger === short}
                data-tactful={short ? 'variant-messenger' : 'variant-letter'}
                onChange={() => setMessenger(short)}
              />
              {t(short ? 'privateMessenger' : 'privateLetter')}
            </label>
          ))}
        </div>
      )}
      <DraftBox
        key={messenger ? 'messenger' : 'letter'}
        label={t('privateDraft')}
        kind="private"
        testId={props.privateTestId}
        value={privateText}
        onChange={messenger ? drafts.setMessengerText : drafts.setPrivateText}
        pending={messenger ? drafts.pendingMessenger : drafts.pendingPrivate}
        rows={props.rows.private}
      />
      {out.messageKind === 'complaint' && bonus.length > 0 && (
        <label className="tf-check tf-field" title={t('offerBonusHint')}>
          <input
            type="checkbox"
            checked={offerBonus}
            data-tactful="offer-bonus"
            onChange={(e) => setOfferBonus(e.target.checked)}
          />
          {t('offerBonus', { bonus: bonus.join('、') })}
        </label>
      )}
      <div className="tf-field">
        <FaqPicker
          id={`${idPrefix}-faq`}
          entries={library.faq}
          language={language}
          selected={faqIds}
          onToggle={(entry) =>
            setFaqIds((ids) => (ids.includes(entry.id) ? ids.filter((i) => i !== entry.id) : [...ids, entry.id]))
          }
          t={t}
        />
      </div>
      {props.children({ publicText: drafts.publicText, privateText, output: out })}
    </DraftingContext.Provider>
  );
}
