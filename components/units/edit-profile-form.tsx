'use client';
// The profile form. Works without JavaScript; a refused save keeps every typed value. When someone
// else saved first, it says who, when and which fields they changed, and takes their version as the
// new base, so saving again is a deliberate choice to overwrite with what is on screen.
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { updateUnitProfileAction } from '@/lib/units/actions';
import { idle, type ErrorMessage } from '@/lib/forms/action-state';
import { SECTORS } from '@/lib/units/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type Result = Awaited<ReturnType<typeof updateUnitProfileAction>>;
export type ProfileFormValues = Record<string, string>;

const DATE_FIELDS = new Set(['foundingDecisionOn', 'cbaSignedOn', 'cbaExpiresOn']);

function SubmitButton() {
  const { pending } = useFormStatus();
  const t = useTranslations('units.edit');
  return (
    <Button type="submit" disabled={pending} aria-busy={pending}>
      {pending ? t('saving') : t('save')}
    </Button>
  );
}

export function EditProfileForm({ unitId, version, initial, base: loadedBase, isManager }: { unitId: number; version: number; initial: ProfileFormValues; base: string; isManager: boolean }) {
  const t = useTranslations();
  const [state, formAction] = useActionState<Result, FormData>(updateUnitProfileAction, idle as Result);
  const tr = (message: ErrorMessage) => t(message.key, message.params);
  const errorsOf = (field: string) => (state.status === 'error' ? (state.fieldErrors?.[field] ?? []).map(tr) : []);
  const stale = state.status === 'error' && state.message.key === 'errors.unit.staleProfile' ? state.message.params : undefined;
  const changed = stale ? (JSON.parse(String(stale.changed)) as Record<string, string | number | null>) : {};
  // After a refusal the typed values stay; after a save, the page's fresh props are the defaults.
  // On a conflict, a field this person left untouched takes the other person's new value, so saving
  // again overwrites only what they typed themselves.
  const typed = state.status === 'error' ? (state.values ?? {}) : {};
  const values: ProfileFormValues = { ...initial, ...typed };
  for (const [field, value] of Object.entries(changed)) {
    if ((typed[field] ?? '') === (initial[field] ?? '')) values[field] = value === null ? '' : DATE_FIELDS.has(field) ? String(value).split('-').reverse().join('/') : String(value);
  }
  const currentVersion = stale ? Number(stale.version) : state.status === 'ok' ? state.data.version : version;
  const base = stale ? String(stale.base) : loadedBase;
  const formKey = state.status === 'ok' ? `ok-${state.data.version}` : JSON.stringify(values) + currentVersion;
  const show = (field: string, value: string | number | null) =>
    value === null ? t('units.timeline.blank') : field === 'sector' ? t(`units.sector.${value as 'other'}`) : DATE_FIELDS.has(field) ? String(value).split('-').reverse().join('/') : String(value);

  const text = (name: string, props: Partial<Parameters<typeof InputField>[0]> = {}) => (
    <InputField name={name} label={t(`units.field.${name as 'name'}`)} defaultValue={values[name] ?? ''} errors={errorsOf(name)} {...props} />
  );
  const date = (name: string) => text(name, { inputMode: 'numeric', placeholder: 'dd/mm/yyyy', hint: t('units.edit.dateHint') });

  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="version" value={currentVersion} />
      <input type="hidden" name="base" value={base} />
      <div aria-live="polite" data-testid="form-status">
        {state.status === 'error' ? (
          <div role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
            <p>{tr(state.message)}</p>
            {stale && Object.keys(changed).length > 0 ? (
              <ul className="mt-2 list-disc pl-5" data-testid="stale-changes">
                {Object.entries(changed).map(([field, value]) => (
                  <li key={field}>{t(`units.field.${field as 'name'}`)}: {show(field, value)}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        {state.status === 'ok' ? (
          <p className="rounded-md border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900">
            {state.data.changed.length ? t('units.edit.saved') : t('units.edit.unchanged')}{' '}
            <Link href={`/units/${unitId}`} className="font-semibold underline">{t('units.edit.back')}</Link>
          </p>
        ) : null}
      </div>
      {isManager ? (
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-lg font-semibold">{t('units.edit.identity')}</legend>
          {text('name', { required: true, maxLength: 200 })}
          {text('shortName', { maxLength: 120 })}
          <SelectField name="sector" label={t('units.field.sector')} placeholder={t('units.edit.noSector')} defaultValue={values.sector ?? ''} errors={errorsOf('sector')}
            options={SECTORS.map((value) => ({ value, label: t(`units.sector.${value}`) }))} />
          {text('foundingDecisionNumber', { maxLength: 60 })}
          {date('foundingDecisionOn')}
        </fieldset>
      ) : null}
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('units.edit.employer')}</legend>
        {text('employerName', { maxLength: 200 })}
        {text('employerTaxCode', { inputMode: 'numeric', maxLength: 20 })}
        {text('employerAddress', { maxLength: 300 })}
        {text('workforceTotal', { inputMode: 'numeric' })}
        {text('workforceWomen', { inputMode: 'numeric' })}
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('units.cbaLabel')}</legend>
        {date('cbaSignedOn')}
        {date('cbaExpiresOn')}
        {text('cbaNote', { maxLength: 500 })}
      </fieldset>
      <div>
        <SubmitButton />
      </div>
    </form>
  );
}
