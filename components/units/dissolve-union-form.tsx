'use client';
// Dissolving a grassroots union: reason, decision and date, and — when it still has active members —
// what happens to them, chosen in the same step (transfer to another union, or leave with a reason).
// The database decides whether members remain; the form only offers the choice it will need.
import { useState } from 'react';
import { dissolveUnionAction } from '@/lib/units/reorganise-actions';
import { DISSOLVE_LEAVE_REASONS, PICKER_SEARCH_FORM } from '@/lib/units/schema';
import { SelectField, TextAreaField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { ConfirmBox, DecisionFields, PendingButton } from './reorganise-fields';
import { UnitPicker, type UnitPickerPage } from './unit-picker';

export function DissolveUnionForm({ unitId, activeMembers, survivors, q }: { unitId: number; activeMembers: number; survivors: UnitPickerPage; q?: string }) {
  const { t, state, formAction, tr, errorsOf, values, formKey } = useFormAction(dissolveUnionAction);
  const [outcome, setOutcome] = useState(values.membersOutcome ?? '');
  if (state.status === 'ok') return <FormStatus success={t('units.dissolve.done')} />;
  const outcomeErrors = errorsOf('membersOutcome');
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} />
      <TextAreaField name="reason" label={t('units.field.reason')} required maxLength={500} rows={3} defaultValue={values.reason ?? ''} errors={errorsOf('reason')} />
      <DecisionFields values={values} errorsOf={errorsOf} />
      {activeMembers > 0 ? (
        <fieldset className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3" aria-describedby={outcomeErrors.length ? 'membersOutcome-error' : undefined}>
          <legend className="px-1 text-sm font-semibold">{t('units.field.membersOutcome')} <span aria-hidden="true" className="text-red-700">*</span></legend>
          <p className="text-sm">{t('units.dissolve.activeMembers', { count: activeMembers })}</p>
          {(['transfer', 'leave'] as const).map((value) => (
            <label key={value} className="flex min-h-11 items-center gap-3 text-sm">
              <input type="radio" name="membersOutcome" value={value} defaultChecked={values.membersOutcome === value} onChange={() => setOutcome(value)} className="size-5" />
              {t(`units.dissolve.outcome.${value}`)}
            </label>
          ))}
          {outcomeErrors.length ? <p id="membersOutcome-error" className="text-sm text-red-700">{outcomeErrors.join(' ')}</p> : null}
          {outcome !== 'leave' ? (
            <UnitPicker name="survivorId" label={t('units.field.survivorId')} placeholder={t('units.merge.choose')}
              kinds={['grassroots']} exclude={unitId} initial={survivors} q={q} searchFormId={PICKER_SEARCH_FORM}
              selected={values.survivorId ? { id: values.survivorId, label: values.survivorIdLabel ?? '' } : null} errors={errorsOf('survivorId')} />
          ) : null}
          {outcome !== 'transfer' ? (
            <SelectField name="leaveReason" label={t('units.field.leaveReason')} placeholder={t('units.edit.noSector')} defaultValue={values.leaveReason ?? ''}
              errors={errorsOf('leaveReason')} options={DISSOLVE_LEAVE_REASONS.map((value) => ({ value, label: t(`memberProfile.leaveReason.${value}`) }))} />
          ) : null}
        </fieldset>
      ) : (
        <p className="text-sm text-slate-600">{t('units.dissolve.noMembers')}</p>
      )}
      <ConfirmBox label={t('units.dissolve.confirm')} errors={errorsOf('confirm')} />
      <div>
        <PendingButton label={t('units.dissolve.submit')} busy={t('units.dissolve.submitting')} />
      </div>
    </form>
  );
}
