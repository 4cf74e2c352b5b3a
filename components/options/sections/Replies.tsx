import { Check, Field, Select, TextInput, useForm } from '../fields';

export function RepliesSection() {
  const { t } = useForm();
  return (
    <section>
      <h2>{t('sectionReplies')}</h2>
      <Field id="replyWithinHours" label={t('replyWithinHours')} hint={t('replyWithinHoursHint')}>
        <TextInput id="replyWithinHours" type="number" />
      </Field>
      <div className="row">
        <Field id="language" label={t('language')}>
          <Select
            id="language"
            options={[
              ['auto', t('languageAuto')],
              ['zh-TW', '繁體中文'],
              ['zh-CN', '简体中文'],
              ['en', 'English'],
            ]}
          />
        </Field>
        <Field id="tone" label={t('tone')}>
          <Select
            id="tone"
            options={[
              ['formal', t('toneFormal')],
              ['warm', t('toneWarm')],
            ]}
          />
        </Field>
      </div>
      <div className="row">
        <Field id="cjkChars" label={t('publicLimitCjk')}>
          <TextInput id="cjkChars" type="number" />
        </Field>
        <Field id="enWords" label={t('publicLimitEn')}>
          <TextInput id="enWords" type="number" />
        </Field>
      </div>
    </section>
  );
}

export function ChannelsSection() {
  const { t } = useForm();
  return (
    <section>
      <h2>{t('sectionChannels')}</h2>
      <div className="checks">
        <Check id="channelsMessenger" label={t('channelsMessenger')} />
      </div>
      <Field id="channelsLine" label={t('channelsLine')} hint={t('channelsLineHint')}>
        <TextInput id="channelsLine" placeholder="@xiaorizi" />
      </Field>
    </section>
  );
}

export function SitesSection() {
  const { t } = useForm();
  return (
    <section>
      <h2>{t('sectionSites')}</h2>
      <div className="checks">
        <Check id="gmail" label={t('gmail')} />
        <Check id="facebook" label={t('facebook')} />
        <Check id="autoRecord" label={t('autoRecord')} />
        <Check id="notifyDueSoon" label={t('notifyDueSoon')} />
        <Check id="showNeutralMarkers" label={t('showNeutralMarkers')} />
      </div>
      <Field id="monitoredPages" label={t('monitoredPages')} hint={t('monitoredPagesHint')}>
        <TextInput id="monitoredPages" multiline placeholder="https://www.facebook.com/xiaorizi.select" />
      </Field>
      <Field id="retentionDays" label={t('retentionDays')} hint={t('retentionHint')}>
        <TextInput id="retentionDays" type="number" />
      </Field>
    </section>
  );
}

export function BoundarySection() {
  const { t } = useForm();
  return (
    <section>
      <h2>{t('sectionBoundary')}</h2>
      <p className="hint">{t('onePerLine')}</p>
      <div className="row three">
        <Field id="paid" label={t('paid')}>
          <TextInput id="paid" multiline placeholder="廣告代操" />
        </Field>
        <Field id="included" label={t('included')}>
          <TextInput id="included" multiline placeholder="頁面修改建議" />
        </Field>
        <Field id="bonus" label={t('bonus')}>
          <TextInput id="bonus" multiline placeholder="協助初步設定廣告" />
        </Field>
      </div>
    </section>
  );
}

export function DetectionAndInterface() {
  const { t, form, update } = useForm();
  return (
    <>
      <section>
        <h2>{t('sectionDetection')}</h2>
        <Field
          id="sensitivity"
          label={`${t('sensitivity')}: ${form.sensitivity.toFixed(2)}`}
          hint={t('sensitivityHint')}
        >
          <div className="range">
            <span>{t('sensitivityLow')}</span>
            <input
              id="field-sensitivity"
              type="range"
              min={0}
              max={1}
              step={0.05}
              value={form.sensitivity}
              onChange={(e) => update('sensitivity', Number(e.target.value))}
            />
            <span>{t('sensitivityHigh')}</span>
          </div>
        </Field>
      </section>
      <section>
        <h2>{t('sectionInterface')}</h2>
        <Field id="uiLanguage" label={t('uiLanguage')}>
          <Select
            id="uiLanguage"
            options={[
              ['auto', t('uiLanguageAuto')],
              ['zh-TW', '繁體中文'],
              ['zh-CN', '简体中文'],
              ['en', 'English'],
            ]}
          />
        </Field>
      </section>
    </>
  );
}
