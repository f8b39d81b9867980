'use client';
// Adding or editing an employer without a union and its mobilisation steps. One form for both: an
// edit carries the record's id and version (a stale save is refused). Works without JavaScript; a
// refused form keeps what was typed.
import { addEmployerAction, updateEmployerAction } from '@/lib/employers/actions';
import { EDITABLE_EMPLOYER_STATUSES } from '@/lib/employers/schema';
import { InputField, SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { PendingButton } from './reorganise-fields';

type Values = Record<string, string>;

export function EmployerForm({ wardUnitId, employerId, version, initial = {} }: { wardUnitId?: number; employerId?: number; version?: number; initial?: Values }) {
  const isEdit = employerId !== undefined;
  const { t, state, formAction, tr, errorsOf, values: typed, formKey } = useFormAction<{ employerId: number; name: string; version: number }>(isEdit ? updateEmployerAction : addEmployerAction);
  // After an add the form empties for the next employer; after an edit it keeps the saved values.
  const values: Values = state.status === 'error' ? typed : state.status === 'ok' && !isEdit ? {} : initial;
  const currentVersion = state.status === 'ok' && isEdit ? state.data.version : version;
  const label = (name: string) => t(`units.employers.field.${name as 'name'}`);
  const field = (name: string, props: Partial<Parameters<typeof InputField>[0]> = {}) => (
    <InputField name={name} label={label(name)} defaultValue={values[name] ?? ''} errors={errorsOf(name)} optionalLabel={t('member.optional')} {...props} />
  );
  const date = (name: string) => field(name, { inputMode: 'numeric', placeholder: 'dd/mm/yyyy', hint: t('units.edit.dateHint') });
  const success = state.status === 'ok' ? (isEdit ? t('units.employers.saved') : t('units.employers.added', { name: state.data.name })) : null;
  return (
    <form action={formAction} key={`${formKey}-${currentVersion ?? ''}`} noValidate className="grid max-w-3xl gap-4 sm:grid-cols-2">
      {isEdit ? (
        <>
          <input type="hidden" name="employerId" value={employerId} />
          <input type="hidden" name="version" value={currentVersion} />
        </>
      ) : (
        <input type="hidden" name="wardUnitId" value={wardUnitId} />
      )}
      <div className="sm:col-span-2">
        <FormStatus error={state.status === 'error' ? tr(state.message) : null} success={success} />
      </div>
      <div className="sm:col-span-2">{field('name', { required: true, maxLength: 200 })}</div>
      {field('taxCode', { inputMode: 'numeric', maxLength: 14 })}
      {field('workforceTotal', { inputMode: 'numeric', maxLength: 9 })}
      <div className="sm:col-span-2">{field('address', { maxLength: 300 })}</div>
      {date('groupFormedOn')}
      {field('applicationsReceived', { inputMode: 'numeric', maxLength: 5, hint: t('units.employers.needApplications') })}
      {date('foundingConferenceOn')}
      <SelectField name="status" label={label('status')} required defaultValue={values.status ?? 'identified'} errors={errorsOf('status')}
        options={EDITABLE_EMPLOYER_STATUSES.map((value) => ({ value, label: t(`units.employers.status.${value}`) }))} />
      <div className="sm:col-span-2">
        <PendingButton label={isEdit ? t('units.employers.save') : t('units.employers.add')} busy={t('units.employers.saving')} />
      </div>
    </form>
  );
}
