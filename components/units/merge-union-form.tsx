'use client';
// Merging a grassroots union into another: the survivor, the decision, and an explicit confirmation
// (a merger cannot be undone). Works without JavaScript; a refused form keeps what was typed.
import Link from 'next/link';
import { mergeUnionAction } from '@/lib/units/reorganise-actions';
import { PICKER_SEARCH_FORM } from '@/lib/units/schema';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { ConfirmBox, DecisionFields, PendingButton } from './reorganise-fields';
import { UnitPicker, type UnitPickerPage } from './unit-picker';

export function MergeUnionForm({ unitId, survivors, q }: { unitId: number; survivors: UnitPickerPage; q?: string }) {
  const { t, state, formAction, tr, errorsOf, values, formKey } = useFormAction(mergeUnionAction);
  if (state.status === 'ok') {
    return (
      <FormStatus success={<>{t('units.merge.done', { members: state.data.members, name: state.data.survivorName })}{' '}
        <Link href={`/units/${state.data.survivorId}`} className="font-semibold underline">{state.data.survivorName}</Link></>} />
    );
  }
  return (
    <form action={formAction} key={formKey} noValidate className="flex max-w-2xl flex-col gap-4">
      <input type="hidden" name="unitId" value={unitId} />
      <FormStatus error={state.status === 'error' ? tr(state.message) : null} />
      <UnitPicker name="survivorId" label={t('units.field.survivorId')} placeholder={t('units.merge.choose')} required
        kinds={['grassroots']} exclude={unitId} initial={survivors} q={q} searchFormId={PICKER_SEARCH_FORM}
        selected={values.survivorId ? { id: values.survivorId, label: values.survivorIdLabel ?? '' } : null} errors={errorsOf('survivorId')} />
      <DecisionFields values={values} errorsOf={errorsOf} />
      <ConfirmBox label={t('units.merge.confirm')} errors={errorsOf('confirm')} />
      <div>
        <PendingButton label={t('units.merge.submit')} busy={t('units.merge.submitting')} />
      </div>
    </form>
  );
}
