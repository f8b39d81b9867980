'use client';
// Merging a grassroots union into another: the survivor, the decision, and an explicit confirmation
// (a merger cannot be undone). Works without JavaScript; a refused form keeps what was typed.
import Link from 'next/link';
import { mergeUnionAction } from '@/lib/units/reorganise-actions';
import type { UnitChoice } from '@/lib/units/data';
import { SelectField } from '@/components/ui/field';
import { FormStatus } from '@/components/ui/form-status';
import { useFormAction } from '@/components/ui/use-form-action';
import { ConfirmBox, DecisionFields, PendingButton } from './reorganise-fields';

export function MergeUnionForm({ unitId, survivors }: { unitId: number; survivors: UnitChoice[] }) {
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
      <SelectField name="survivorId" label={t('units.field.survivorId')} required placeholder={t('units.merge.choose')} defaultValue={values.survivorId ?? ''}
        errors={errorsOf('survivorId')} options={survivors.map((unit) => ({ value: String(unit.id), label: `${unit.name} (${unit.code})` }))} />
      <DecisionFields values={values} errorsOf={errorsOf} />
      <ConfirmBox label={t('units.merge.confirm')} errors={errorsOf('confirm')} />
      <div>
        <PendingButton label={t('units.merge.submit')} busy={t('units.merge.submitting')} />
      </div>
    </form>
  );
}
