import { Field, TextInput, useForm } from '../fields';

export function BrandSection() {
  const { t } = useForm();
  return (
    <section>
      <h2>{t('sectionBrand')}</h2>
      <Field id="brand" label={t('brand')}>
        <TextInput id="brand" placeholder="小日子選物" />
      </Field>
      <div className="row">
        <Field id="handlerName" label={t('handlerName')}>
          <TextInput id="handlerName" placeholder="林雅婷" />
        </Field>
        <Field id="handlerTitle" label={t('handlerTitle')} hint={t('handlerTitleHint')}>
          <TextInput id="handlerTitle" placeholder="林小姐" />
        </Field>
      </div>
    </section>
  );
}

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const ZONES = [
  'Asia/Taipei',
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
];

/** The dedicated line, its hours as text, and (optionally) its working hours for concrete time frames. */
export function LineSection() {
  const { t, form, update, errors } = useForm();
  const scheduleError = errors.scheduleOn ?? errors.scheduleDays ?? errors.scheduleOpen ?? errors.scheduleClose;
  const zones = ZONES.includes(form.scheduleTimeZone) ? ZONES : [form.scheduleTimeZone, ...ZONES];
  return (
    <section>
      <h2>{t('sectionLine')}</h2>
      <div className="row">
        <Field id="phone" label={t('phone')} hint={t('phoneHint')}>
          <TextInput id="phone" type="tel" placeholder="02-2345-6789" />
        </Field>
        <Field id="extension" label={t('extension')}>
          <TextInput id="extension" placeholder="123" />
        </Field>
      </div>
      <Field id="hours" label={t('hours')}>
        <TextInput id="hours" placeholder="週一至週五 09:00–18:00" />
      </Field>
      <fieldset className="schedule" data-tactful="schedule">
        <legend>
          <label className="check">
            <input
              id="field-scheduleOn"
              type="checkbox"
              checked={form.scheduleOn}
              onChange={(e) => update('scheduleOn', e.target.checked)}
            />
            {t('scheduleOn')}
          </label>
        </legend>
        {form.scheduleOn && (
          <>
            <div className="days" role="group" aria-label={t('scheduleDays')}>
              <span>{t('scheduleDays')}</span>
              {DAYS.map((d) => (
                <label key={d} className="check">
                  <input
                    type="checkbox"
                    data-day={d}
                    checked={form.scheduleDays.includes(d)}
                    onChange={(e) =>
                      update(
                        'scheduleDays',
                        e.target.checked ? [...form.scheduleDays, d] : form.scheduleDays.filter((x) => x !== d),
                      )
                    }
                  />
                  {t(`day_${d}`)}
                </label>
              ))}
            </div>
            <div className="row three">
              <Field id="scheduleOpen" label={t('scheduleOpen')}>
                <input
                  id="field-scheduleOpen"
                  type="time"
                  value={form.scheduleOpen}
                  onChange={(e) => update('scheduleOpen', e.target.value)}
                />
              </Field>
              <Field id="scheduleClose" label={t('scheduleClose')}>
                <input
                  id="field-scheduleClose"
                  type="time"
                  value={form.scheduleClose}
                  onChange={(e) => update('scheduleClose', e.target.value)}
                />
              </Field>
              <Field id="scheduleTimeZone" label={t('scheduleTimeZone')}>
                <select
                  id="field-scheduleTimeZone"
                  value={form.scheduleTimeZone}
                  onChange={(e) => update('scheduleTimeZone', e.target.value)}
                >
                  {zones.map((z) => (
                    <option key={z} value={z}>
                      {z}
                    </option>
                  ))}
                </select>
              </Field>
            </div>
            {scheduleError && (
              <p className="error" role="alert" data-tactful="field-error" data-field="schedule">
                {scheduleError.message}
              </p>
            )}
            <p className="hint">{t('scheduleHint')}</p>
          </>
        )}
      </fieldset>
      <Field id="contactEmail" label={t('contactEmail')}>
        <TextInput id="contactEmail" type="email" placeholder="care@example.tw" />
      </Field>
    </section>
  );
}
